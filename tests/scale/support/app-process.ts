import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../support/free-port';

export { freePort };

const MAIN = path.join(__dirname, '..', '..', '..', 'dist', 'src', 'main.js');
/** The bundled article only: tests never load the big seed files. */
const SMALL_SEED = path.join(__dirname, '..', '..', 'fixtures', 'seed-small.json');

export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** One real app process (dist/src/main.js) on a loopback port, with its log kept. */
export class AppProcess {
  private child?: ChildProcess;
  readonly log: string[] = [];
  port = 0;

  constructor(private readonly env: Record<string, string>) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        SEED_MANIFEST: SMALL_SEED,
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Whole lines only: a chunk may end inside one.
    const keepLines = () => {
      let partial = '';
      return (chunk: Buffer) => {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop()!;
        this.log.push(...lines);
      };
    };
    this.child.stdout!.on('data', keepLines());
    this.child.stderr!.on('data', keepLines());
    // Migrating and seeding a fresh embedded database takes a while on a busy machine.
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        throw new Error(`app exited with ${this.child.exitCode}:\n${this.log.join('\n')}`);
      }
      const ready = await fetch(`${this.url}/readyz`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`app did not become ready:\n${this.log.join('\n')}`);
  }

  async gql(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLAnswer> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: GraphQLAnswer['body'];
    try {
      body = JSON.parse(text) as GraphQLAnswer['body'];
    } catch {
      body = { errors: [{ message: `not JSON (${res.status}): ${text.slice(0, 200)}` }] };
    }
    return { status: res.status, headers: res.headers, body };
  }

  async json<T>(pathname: string): Promise<T> {
    return (await (await fetch(`${this.url}${pathname}`)).json()) as T;
  }

  async metrics(): Promise<string> {
    return (await fetch(`${this.url}/metrics`)).text();
  }

  async stop(): Promise<void> {
    await this.stopWithCode();
  }

  /** SIGTERM, then the exit code (SIGKILL after 15 s gives null). */
  async stopWithCode(): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    if (child.exitCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}
