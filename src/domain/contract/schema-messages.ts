import type { core, ZodMiniType } from 'zod/mini';

/**
 * Schema violations as people read them: a JSON path and our own message. Loaded only when a file
 * fails validation (fetch-json.ts imports it dynamically), so it stays off the critical path.
 */

export interface Violation {
  /** JSON path of the offending value, e.g. "goals[3].status" */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/**
 * Parses keeping each issue's input, so that messages can say what was found ("got a number").
 * Use it (not `schema.safeParse`) wherever the violations are shown to people.
 */
export function safeParseData<T>(schema: ZodMiniType<T>, input: unknown) {
  return schema.safeParse(input, { reportInput: true });
}

export interface DescribeOptions {
  /**
   * Quote found strings and numbers ("got a string ("yes")"), for data producers. The app passes
   * false: a reader's error panel names the kind of value only, so nothing from a file that failed
   * validation is ever shown (not even inside a message).
   */
  quoteValues?: boolean;
}

export function zodViolations(error: core.$ZodError, options: DescribeOptions = {}): Violation[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue, options),
  }));
}

/**
 * Our own wording for each zod issue: zod/mini loads no locale (its messages are a bare
 * "Invalid input"), and these messages reach readers (error panels) and data producers
 * (`npm run data`). Messages written in the schemas (refinements) are kept as written.
 * The found value is named only when the issue carries its input (see safeParseData).
 */
export function describeIssue(issue: core.$ZodIssue, options: DescribeOptions = {}): string {
  const quote = options.quoteValues ?? true;
  const found = 'input' in issue ? issue.input : NOT_REPORTED;
  const got = (text: string) =>
    found === NOT_REPORTED ? text : `${text}, got ${describeFound(found, quote)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `missing (expected ${typeName(issue.expected)})`;
      return got(`expected ${typeName(issue.expected)}`);
    case 'invalid_value':
      if (found === undefined)
        return `missing (expected ${issue.values.map(showValue).join(' or ')})`;
      return got(
        issue.values.length === 1
          ? `expected ${showValue(issue.values[0])}`
          : `expected one of ${issue.values.map(showValue).join(', ')}`,
      );
    case 'too_small':
      return sizeMessage('at least', 'greater than', issue.minimum, issue);
    case 'too_big':
      return sizeMessage('at most', 'less than', issue.maximum, issue);
    case 'invalid_format':
      return got(formatMessage(issue));
    case 'not_multiple_of':
      return got(`must be a multiple of ${issue.divisor}`);
    case 'unrecognized_keys':
      if (!quote)
        return issue.keys.length === 1 ? 'an unknown key' : `${issue.keys.length} unknown keys`;
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map(showValue).join(', ')}`;
    case 'invalid_union':
      if (issue.inclusive === false) return 'matches more than one of the allowed forms';
      if (issue.discriminator !== undefined && issue.options?.length) {
        return `expected "${issue.discriminator}" to be one of ${issue.options.map(showValue).join(', ')}`;
      }
      return 'does not match any of the allowed forms';
    case 'invalid_key': {
      const [first] = issue.issues;
      return first ? `invalid key: ${describeIssue(first, options)}` : 'invalid key';
    }
    case 'invalid_element':
      return `invalid value in a ${issue.origin}`;
    case 'custom':
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

const NOT_REPORTED = Symbol('not reported');

const TYPE_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  undefined: 'nothing',
  nan: 'NaN',
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? `a ${type}`;
}

/** What was found, for "got …": the kind of value, with short primitives shown. */
function describeFound(value: unknown, quote: boolean): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return quote ? `a string (${showValue(value)})` : 'a string';
    case 'number':
      return quote ? `a number (${value})` : 'a number';
    case 'boolean':
      return quote ? String(value) : 'true or false';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A value as it would be written in JSON, shortened: messages must stay one line. */
function showValue(value: unknown): string {
  const text = typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…${text.startsWith('"') ? '"' : ''}` : text;
}

function sizeMessage(
  bound: 'at least' | 'at most',
  strict: 'greater than' | 'less than',
  limit: number | bigint,
  issue: { origin: string; inclusive?: boolean; exact?: boolean },
): string {
  const unit = { string: 'character', array: 'item', set: 'item', file: 'byte' }[issue.origin];
  if (unit) {
    const count = `${limit} ${unit}${Number(limit) === 1 ? '' : 's'}`;
    return `must have ${issue.exact ? 'exactly' : bound} ${count}`;
  }
  if (issue.exact) return `must be exactly ${limit}`;
  return `must be ${issue.inclusive ? bound : strict} ${limit}`;
}

function formatMessage(issue: core.$ZodIssueInvalidStringFormat): string {
  const { format, pattern } = issue;
  const note = 'note' in issue ? issue.note : undefined;
  switch (format) {
    case 'regex':
      return `must match the pattern ${pattern ?? ''}`.trimEnd();
    case 'url':
      // zod's only "Invalid URL format" is its guard for http(s)-only URLs missing "://".
      if (note === 'Invalid URL format') return 'must be a web address starting with https://';
      if (note === 'Invalid protocol' && pattern) {
        return `must be a URL whose scheme matches ${pattern}`;
      }
      return 'must be a valid URL';
    case 'date':
      return 'must be a date written YYYY-MM-DD';
    default:
      return `must be a valid ${format}`;
  }
}
