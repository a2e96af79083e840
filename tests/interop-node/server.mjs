// Starts a Roster server for the interop test: the built Roster.Server.dll on free loopback ports, a temporary SQLite
// database seeded from the seed gazette, run from a temporary working directory (the server finds appsettings.json
// and seed/ beside itself). Stops it and removes the directory afterwards.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** The server assembly: ROSTER_SERVER_DLL, else the Debug build `dotnet build`/`dotnet test` leaves. */
function serverDll() {
  const dll = process.env.ROSTER_SERVER_DLL ?? join(repoRoot, 'src/Roster.Server/bin/Debug/net10.0/Roster.Server.dll');
  if (!existsSync(dll)) throw new Error(`${dll} not found: run 'dotnet build Roster.sln' first (or set ROSTER_SERVER_DLL)`);
  return dll;
}

/**
 * Starts the server; resolves once `ready(grpcAddress)` succeeds (polled for up to two minutes: the first start
 * imports the seed gazette). Returns { grpcAddress, httpAddress, stop }.
 */
export async function startServer(ready) {
  const [grpcPort, httpPort] = [await freePort(), await freePort()];
  const work = mkdtempSync(join(tmpdir(), 'roster-interop-'));
  const output = [];
  const child = spawn('dotnet', [serverDll(),
    '--urls', `http://127.0.0.1:${grpcPort}`,
    `--Roster:HttpUrl=http://127.0.0.1:${httpPort}`,
    '--Roster:MetricsUrl=',
    `--ConnectionStrings:Roster=Data Source=${join(work, 'roster.db')}`,
  ], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => output.push(d));
  child.stderr.on('data', (d) => output.push(d));
  const exited = new Promise((ok) => child.once('exit', (code) => ok(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(work, { recursive: true, force: true });
  };
  const grpcAddress = `127.0.0.1:${grpcPort}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with ${child.exitCode}:\n${Buffer.concat(output).toString()}`);
    }
    try {
      await ready(grpcAddress);
      return { grpcAddress, httpAddress: `http://127.0.0.1:${httpPort}`, stop };
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the server did not answer within two minutes (${error.message}):\n${Buffer.concat(output).toString()}`);
      }
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
}
