import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { createConnection, createServer } from "node:net";
import { join } from "node:path";

/** The shipped site file, found and replaced line by line so that the test runs exactly what operators copy. */
export const SITE_FILE = new URL("../../deploy/nginx/pressroom.conf", import.meta.url);

export function nginxInstalled(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

/** A port nobody listens on right now (the kernel picks it; closed again before nginx binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate for 127.0.0.1, so that the TLS server block runs as written. */
export function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, "fullchain.pem");
  const key = join(dir, "privkey.pem");
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
      ...["-keyout", key, "-out", cert],
    ],
    { stdio: "ignore" },
  );
  return { cert, key };
}

/** Replaces `from` with `to`, insisting that `from` occurs exactly once: a renamed line fails the test. */
function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`expected "${from}" once in deploy/nginx/pressroom.conf`);
  return parts.join(to);
}

export interface SiteFilePorts {
  upstreamPort: number;
  httpPort: number;
  httpsPort: number;
  cert: string;
  key: string;
}

/** The site file with this machine's ports and the test certificate in place of production's. */
export function siteFileFor(ports: SiteFilePorts): string {
  let text = readFileSync(SITE_FILE, "utf8");
  text = replaceOnce(text, "server 127.0.0.1:3000;", `server 127.0.0.1:${ports.upstreamPort};`);
  text = replaceOnce(text, "listen 80;", `listen 127.0.0.1:${ports.httpPort};`);
  text = replaceOnce(text, "listen 443 ssl http2;", `listen 127.0.0.1:${ports.httpsPort} ssl http2;`);
  text = replaceOnce(text, "/etc/letsencrypt/live/news.example.org/fullchain.pem", ports.cert);
  text = replaceOnce(text, "/etc/letsencrypt/live/news.example.org/privkey.pem", ports.key);
  return text;
}

/**
 * The main nginx.conf a distribution ships, reduced to what the site file needs: every path nginx writes is
 * under the temporary prefix. Workers run as root only when the test does (the default user, nobody, could not
 * write the private temporary directory).
 */
export function mainConfigFor(dir: string, siteFile: string): string {
  const temp = (name: string) => {
    mkdirSync(join(dir, name), { recursive: true });
    return join(dir, name);
  };
  return [
    process.getuid?.() === 0 ? "user root;" : "",
    "worker_processes 1;",
    "events { worker_connections 128; }",
    "http {",
    `  access_log ${join(dir, "access.log")};`,
    `  client_body_temp_path ${temp("client_body")};`,
    `  proxy_temp_path ${temp("proxy")};`,
    `  fastcgi_temp_path ${temp("fastcgi")};`,
    `  uwsgi_temp_path ${temp("uwsgi")};`,
    `  scgi_temp_path ${temp("scgi")};`,
    `  include ${siteFile};`,
    "}",
    "",
  ].join("\n");
}

export interface RunningNginx {
  process: ChildProcess;
  stop(): Promise<void>;
}

function nginxArgs(dir: string, config: string): string[] {
  const globals = `daemon off; pid ${join(dir, "nginx.pid")}; error_log ${join(dir, "error.log")};`;
  return ["-p", dir, "-c", config, "-e", join(dir, "error.log"), "-g", globals];
}

/** `nginx -t`: its verdict and what it printed. */
export function checkConfig(dir: string, config: string): { ok: boolean; output: string } {
  const result = spawnSync("nginx", ["-t", ...nginxArgs(dir, config)], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Starts nginx in the foreground as a child of the test and waits until it accepts connections. */
export async function startNginx(dir: string, config: string, port: number): Promise<RunningNginx> {
  const child = spawn("nginx", nginxArgs(dir, config), { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`nginx did not start:\n${readFileSync(join(dir, "error.log"), "utf8")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it travelled: still compressed when the server compressed it. */
  body: Buffer;
}

/** A request that shows the bytes on the wire (fetch would decompress and hide double compression). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer; ca?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: options.method ?? "GET",
        headers: options.headers,
        agent: false,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

export function writeConfigs(dir: string, ports: SiteFilePorts): string {
  const siteFile = join(dir, "pressroom.conf");
  writeFileSync(siteFile, siteFileFor(ports));
  const main = join(dir, "nginx.conf");
  writeFileSync(main, mainConfigFor(dir, siteFile));
  return main;
}
