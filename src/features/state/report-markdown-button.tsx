import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { evaluationQueryOptions } from '@/api/evaluation-query';
import { frameworkQueryOptions } from '@/api/framework-query';
import { exportFileName, exportFileStem } from '@/domain/export/name';
import { useShareLink } from '@/components/share-context';
import { exportLink } from '@/domain/export/spec';
import { isoDateOf } from '@/domain/format/dates';
import type { DatasetId } from '@/domain/contract/summary-schema';

/**
 * "Download as Markdown": the whole report as a Markdown document (`state-CT-2022.md`). When
 * pressed, it takes the evaluation and framework from the query cache (the page has loaded them;
 * fetched if not) and loads the Markdown writer.
 */
export function ReportMarkdownButton({
  code,
  name,
  dataset,
  year,
  frameworkId,
}: {
  code: string;
  name: string;
  dataset: DatasetId;
  year: number;
  frameworkId: string;
}) {
  const queryClient = useQueryClient();
  // The view's pinned link, as the Share and Cite controls give it (the page's where none is).
  const getShareLink = useShareLink();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    setStatus('Preparing the Markdown file…');
    try {
      const [framework, evaluation, { stateReportMarkdown }, { saveText }] = await Promise.all([
        queryClient.ensureQueryData(frameworkQueryOptions(frameworkId)),
        queryClient.ensureQueryData(evaluationQueryOptions(dataset, year, code)),
        import('@/domain/state/markdown'),
        import('@/components/export-download'),
      ]);
      // The file's own flag, which its fetcher has checked against the dataset.
      const synthetic = evaluation.synthetic;
      const markdown = stateReportMarkdown({
        framework,
        evaluation,
        name,
        synthetic,
        url:
          (await getShareLink?.().catch(() => undefined)) ?? exportLink(window.location.href, year),
        retrieved: isoDateOf(new Date()),
      });
      const fileName = exportFileName(
        exportFileStem({ view: 'state', subject: code, year, synthetic }),
        'md',
      );
      saveText(markdown, fileName, 'text/markdown;charset=utf-8');
      setStatus(`Downloaded ${fileName}`);
    } catch (err) {
      setStatus('');
      setError(
        `The Markdown file could not be made${err instanceof Error && err.message ? `: ${err.message}` : '.'}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="report-markdown"
        disabled={busy}
        aria-busy={busy || undefined}
        onClick={() => void download()}
      >
        Download as Markdown
      </button>
      {/* Made on the first press (with "Preparing…"), so its change to "Downloaded" is announced. */}
      {status ? (
        <span className="visually-hidden" aria-live="polite">
          {status}
        </span>
      ) : null}
      {error ? (
        <p className="report-markdown__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
