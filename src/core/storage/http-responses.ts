/**
 * `createHttpResponses()`: the response API of a board's server (docs/sync.md, "Verified answers"),
 * a sibling of `createHttpStorage()` so the storage adapter stays small. The intern's kit registers a
 * feedback request and gets an opaque link id; the supervisor's page loads the questions by that id and
 * posts the answers; the kit fetches them signed and checks the signature (./../formats/signed-response.ts).
 */
import type { Register } from '../address.js';
import type { ResponseKey, SignedResponse } from '../formats/signed-response.js';

/** What the kit registers: only what the supervisor's page shows. */
export interface FeedbackRequestInput {
  /** The intern's name, as they sign. */
  name: string;
  questions: { id: string; text: string }[];
  /** The language the supervisor's page speaks (BCP 47, e.g. `ar`). */
  lang?: string;
  /** How the page addresses the supervisor (formal or familiar), as the intern's request does. */
  register?: Register;
  /** The intern's e-mail address: "Send to" on the supervisor's page fills it. */
  replyTo?: string;
}

/** A registered request, as the supervisor's page loads it. */
export interface RegisteredRequest extends FeedbackRequestInput {
  id: string;
  expiresAt: string;
  /** The supervisor already answered (answers are sent once). */
  answered: boolean;
}

/** The supervisor's answers, as posted. */
export interface ResponseAnswers {
  from: string;
  answers: { id: string; answer: string }[];
  quote?: string;
  reference?: boolean;
}

/** Where a request stands, for the intern. */
export interface RequestStatus {
  status: 'waiting' | 'answered' | 'revoked' | 'expired';
  expiresAt: string;
  /** Once answered: the signed response. */
  signed?: SignedResponse;
}

/** Why a response call failed: `gone` (expired or revoked), `not-found`, `answered` (already), `auth`, `network`, `refused`. */
export class ResponsesError extends Error {
  override name = 'ResponsesError';
  constructor(
    readonly problem: 'gone' | 'not-found' | 'answered' | 'auth' | 'network' | 'refused',
    message: string,
  ) {
    super(message);
  }
}

/** The response API a kit and a supervisor's page talk to. */
export interface ResponsesAdapter {
  /** The intern's side (her credentials): registers a request; the link carries only `id`. */
  register(request: FeedbackRequestInput): Promise<{ id: string; expiresAt: string }>;
  /** The intern's side: where the request stands, with the signed response once answered. */
  status(id: string): Promise<RequestStatus>;
  /** The intern's side: the link stops working, and a verification URL stops answering. */
  revoke(id: string): Promise<void>;
  /** The server's public signing keys (cached for the adapter's life). */
  keys(): Promise<ResponseKey[]>;
  /** The supervisor's side (no credentials: the id is the capability): the questions. */
  request(id: string): Promise<RegisteredRequest>;
  /** The supervisor's side: sends the answers, once. */
  answer(id: string, answers: ResponseAnswers): Promise<void>;
}

export interface HttpResponsesOptions {
  /** The protocol's base URL, as for `createHttpStorage()` (`https://jobs.example/api/strong-finish/v1`). */
  url: string;
  /** The intern's credentials (e.g. `{ Authorization: 'Bearer …' }`), for register, status and revoke only. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  fetch?: typeof fetch;
}

/** The response API of the reference server (examples/sync-server/responses.mjs) over `fetch`. */
export function createHttpResponses(options: HttpResponsesOptions): ResponsesAdapter {
  const base = `${options.url.replace(/\/+$/, '')}/responses`;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let keys: Promise<ResponseKey[]> | undefined;

  const call = async <T>(method: string, path: string, body?: unknown, auth = false): Promise<T> => {
    const extra = auth ? (typeof options.headers === 'function' ? await options.headers() : options.headers) : undefined;
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        cache: 'no-store',
        // No credentials on the supervisor's calls: the link id is all they hold.
        credentials: auth ? undefined : 'omit',
        referrerPolicy: 'no-referrer',
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...extra },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ResponsesError('network', (error as Error).message);
    }
    if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
    const problem = response.status === 410 ? 'gone' : response.status === 404 ? 'not-found' : response.status === 409 ? 'answered' : response.status === 401 || response.status === 403 ? 'auth' : response.status >= 500 ? 'network' : 'refused';
    throw new ResponsesError(problem, `HTTP ${response.status}`);
  };
  const seg = (id: string) => `/${encodeURIComponent(id)}`;

  return {
    register: (request) => call('POST', '', request, true),
    status: (id) => call('GET', seg(id), undefined, true),
    revoke: (id) => call('DELETE', seg(id), undefined, true),
    keys: () => {
      keys ??= call<{ keys: ResponseKey[] }>('GET', '/keys').then((r) => r.keys);
      keys.catch(() => (keys = undefined));
      return keys;
    },
    request: (id) => call('GET', `${seg(id)}/request`),
    answer: (id, answers) => call('PUT', `${seg(id)}/answer`, answers),
  };
}
