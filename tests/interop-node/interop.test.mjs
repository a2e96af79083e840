// A non-.NET client of Roster, built from protos/ alone (README "Clients in other languages"): @grpc/grpc-js with
// @grpc/proto-loader, the google/* imports from protos/third_party/googleapis, against a server started here.
// Facts are the seed gazette's (tests/Roster.Testing/seed-facts.yaml).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { repoRoot, startServer } from './server.mjs';

const includeDirs = [join(repoRoot, 'protos'), join(repoRoot, 'protos/third_party/googleapis')];

// proto3 JSON-like objects: int64 as strings, enums by name, defaults filled in.
const definition = protoLoader.loadSync(
  ['roster/v1/roster_service.proto', 'roster/v1/order_service.proto', 'roster/v1/change_service.proto'],
  { includeDirs, longs: String, enums: String, defaults: true, oneofs: true });
const roster = grpc.loadPackageDefinition(definition).roster.v1;

// The error model: google.rpc.Status in the grpc-status-details-bin trailer, details packed as Any.
const errors = new protobuf.Root();
errors.resolvePath = (_origin, target) => includeDirs.map((dir) => join(dir, target)).find(existsSync) ?? target;
errors.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
const Status = errors.lookupType('google.rpc.Status');

let server;
let rosterClient;
let orderClient;
let changeClient;

const call = (client, method, request) => new Promise((ok, fail) =>
  client[method](request, { deadline: Date.now() + 10_000 }, (error, response) => (error ? fail(error) : ok(response))));

before(async () => {
  server = await startServer(async (address) => {
    const probe = new roster.RosterService(address, grpc.credentials.createInsecure());
    try {
      await call(probe, 'ListOfficeholders', { organization: '阳泉市公安局', rank: 'POST_RANK_HEAD', asOf: { year: 2022, month: 1, day: 30 } });
    } finally {
      probe.close();
    }
  });
  const credentials = grpc.credentials.createInsecure();
  rosterClient = new roster.RosterService(server.grpcAddress, credentials);
  orderClient = new roster.OrderService(server.grpcAddress, credentials);
  changeClient = new roster.ChangeService(server.grpcAddress, credentials);
});

after(async () => {
  for (const client of [rosterClient, orderClient, changeClient]) client?.close();
  await server?.stop();
});

test('ListOfficeholders: 米炳生 heads 阳泉市公安局 from 2022-01-30, 靳润喜 the day before', async () => {
  const on30 = await call(rosterClient, 'ListOfficeholders',
    { organization: '阳泉市公安局', rank: 'POST_RANK_HEAD', asOf: { year: 2022, month: 1, day: 30 } });
  assert.equal(on30.coverage, 'COVERAGE_HELD');
  assert.deepEqual(on30.officeholders.map((t) => t.person), ['米炳生']);
  assert.equal(on30.officeholders[0].startedBy, '阳政任字〔2022〕2号');
  assert.deepEqual(on30.officeholders[0].startOn, { year: 2022, month: 1, day: 30 });

  const on29 = await call(rosterClient, 'ListOfficeholders',
    { organization: '阳泉市公安局', rank: 'POST_RANK_HEAD', asOf: { year: 2022, month: 1, day: 29 } });
  assert.deepEqual(on29.officeholders.map((t) => t.person), ['靳润喜']);
  assert.equal(on29.officeholders[0].startKnown, false);
});

test('GetOrder: 阳政任字〔2022〕1号 appoints 赵海金 副局长 of 阳泉市公安局', async () => {
  const { order } = await call(orderClient, 'GetOrder', { documentNumber: '阳政任字〔2022〕1号' });
  assert.equal(order.issuer, '阳泉市人民政府');
  assert.deepEqual(order.issuedOn, { year: 2022, month: 1, day: 13 });
  assert.deepEqual(order.items.map((i) => [i.action, i.person, i.title]), [
    ['ORDER_ACTION_APPOINT', '赵海金', '副局长'],
    ['ORDER_ACTION_APPOINT', '岳江', '支队长'],
    ['ORDER_ACTION_REMOVE', '郭建勇', '支队长'],
    ['ORDER_ACTION_REMOVE', '石建军', '支队长'],
  ]);
});

test('ListOrders pages with page_token until next_page_token is empty, each order once', async () => {
  const seen = [];
  let pageToken = '';
  let pages = 0;
  do {
    const page = await call(orderClient, 'ListOrders', { issuer: '阳泉市人民政府', pageSize: 2, pageToken });
    assert.ok(page.orders.length <= 2);
    seen.push(...page.orders.map((o) => o.documentNumber));
    pageToken = page.nextPageToken;
    pages += 1;
  } while (pageToken !== '' && pages < 100);
  assert.ok(pages >= 2, `expected several pages, got ${pages}`);
  assert.equal(new Set(seen).size, seen.length, 'an order came twice');
  for (const number of ['阳政任字〔2022〕1号', '阳政任字〔2022〕2号', '阳政任字〔2022〕3号', '阳政任字〔2022〕4号']) {
    assert.ok(seen.includes(number), `${number} missing from ${seen.join(', ')}`);
  }
});

test('WatchChanges streams the feed from cursor 0 with int64 cursors as strings', async () => {
  const stream = changeClient.WatchChanges({ sinceCursor: '0', organization: '阳泉市公安局' });
  const changes = [];
  try {
    for await (const response of stream) {
      changes.push(response.change);
      if (changes.length === 3) break;
    }
  } finally {
    stream.cancel();
  }
  assert.equal(changes.length, 3);
  for (const change of changes) {
    assert.equal(typeof change.cursor, 'string');
    assert.match(change.cursor, /^[1-9][0-9]*$/);
    assert.match(change.kind, /^CHANGE_KIND_/);
  }
  const cursors = changes.map((c) => BigInt(c.cursor));
  assert.ok(cursors[0] < cursors[1] && cursors[1] < cursors[2], `cursors not increasing: ${cursors}`);
  assert.ok(changes.some((c) => c.kind === 'CHANGE_KIND_TENURE_STARTED'));
});

test('an impossible date is INVALID_ARGUMENT with a google.rpc.BadRequest in grpc-status-details-bin', async () => {
  const error = await call(rosterClient, 'ListOfficeholders',
    { organization: '阳泉市公安局', rank: 'POST_RANK_HEAD', asOf: { year: 2022, month: 2, day: 30 } }).then(
    () => assert.fail('expected INVALID_ARGUMENT'), (e) => e);
  assert.equal(error.code, grpc.status.INVALID_ARGUMENT);
  const [details] = error.metadata.get('grpc-status-details-bin');
  assert.ok(Buffer.isBuffer(details), 'no grpc-status-details-bin trailer');
  const status = Status.decode(details);
  assert.equal(status.code, grpc.status.INVALID_ARGUMENT);
  const packed = status.details.find((any) => any.type_url === 'type.googleapis.com/google.rpc.BadRequest');
  assert.ok(packed, `no BadRequest among ${status.details.map((d) => d.type_url).join(', ')}`);
  const badRequest = errors.lookupType('google.rpc.BadRequest').decode(packed.value);
  assert.deepEqual(badRequest.field_violations.map((v) => v.field), ['as_of']);
  assert.match(badRequest.field_violations[0].description, /2022-02-30/);
});

test('HTTP/JSON: the OpenAPI document passes redocly\'s recommended rules with no error or warning', async () => {
  const response = await fetch(`${server.httpAddress}/openapi/v1.json`);
  assert.equal(response.status, 200);
  const document = await response.json();
  assert.ok(document.components.securitySchemes.bearer);
  assert.ok(document.components.schemas['google.rpc.Status']);
  const work = mkdtempSync(join(tmpdir(), 'roster-openapi-'));
  try {
    const file = join(work, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // Exit status 0 means no error; the summary names warnings when there are any.
    const output = execFileSync('npx', ['--no-install', 'redocly', 'lint', file, '--extends', 'recommended'],
      { cwd: join(repoRoot, 'tests', 'interop-node'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.doesNotMatch(output, /warning/i);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('HTTP/JSON: a refusal is a google.rpc.Status body; int64 fields are strings', async () => {
  const refused = await fetch(`${server.httpAddress}/v1/listings?issued_from=2022-02-30`);
  assert.equal(refused.status, 400);
  const status = await refused.json();
  assert.equal(status.code, 3);
  assert.ok(status.details.some((d) => d['@type'] === 'type.googleapis.com/google.rpc.BadRequest'));
  // The change feed over HTTP: one JSON object per line; its int64 cursor is a string (proto3 JSON mapping).
  const controller = new AbortController();
  const watch = await fetch(`${server.httpAddress}/v1/changes:watch?since_cursor=0`, { signal: controller.signal });
  assert.equal(watch.status, 200);
  const reader = watch.body.getReader();
  let text = '';
  while (!text.includes('\n')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  controller.abort();
  const first = JSON.parse(text.split('\n')[0]);
  assert.equal(typeof first.cursor, 'string');
  assert.match(first.cursor, /^[1-9][0-9]*$/);
});
