import type { Framework } from '@/domain/contract/framework-schema';

export interface PublisherWordsProps {
  /** The framework query (or its data): the words are built from it once it has loaded */
  framework: { data: Framework | undefined; error?: unknown } | undefined;
  /** The words, from the framework: `publisherPossessive`, `publicationCredit` … */
  words: (framework: Framework) => string;
  /** Neutral words of about the same length, for when the framework is not there */
  fallback: string;
}

/**
 * Words that name the framework's publisher, in text drawn before the framework has loaded. Until
 * it arrives the neutral fallback holds their place unseen, so nothing wrong is shown and the
 * line keeps its length; if it cannot be loaded (or there is no manifest to name it), the
 * fallback is shown.
 */
export function PublisherWords({ framework, words, fallback }: PublisherWordsProps) {
  const data = framework?.data;
  if (data) return <>{words(data)}</>;
  if (framework === undefined || framework.error) return <>{fallback}</>;
  return (
    <span style={{ visibility: 'hidden' }} aria-hidden="true">
      {fallback}
    </span>
  );
}
