#!/usr/bin/env node
// `kubus lsp` with the JSON-RPC and protocol libraries the extension ships
// (vscode-languageserver-protocol under vscode-languageclient): VS Code's own
// framing and message handling against the server, on the hello example.
//
//   node client-test.js KUBUS SOURCE_DIR     (exit 0 pass, 1 fail, 77 packages missing)
'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

let protocol;
try {
  protocol = require('vscode-languageserver-protocol/node');
} catch (e) {
  console.log('skipped: vscode-languageserver-protocol is not installed (run scripts/setup.sh): ' + e.message);
  process.exit(77);
}

function fail(message) {
  console.error('FAIL: ' + message);
  process.exitCode = 1;
}

async function main() {
  const [kubus, source] = process.argv.slice(2);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubus-client-'));
  fs.cpSync(path.join(source, 'examples', 'hello'), work, { recursive: true });
  const journeyPath = path.join(work, 'journey.kubus');
  const journey = fs.readFileSync(journeyPath, 'utf8');
  const uri = pathToFileURL(journeyPath).href;

  const server = cp.spawn(kubus, ['lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(server.stdout),
    new protocol.StreamMessageWriter(server.stdin),
  );
  const diagnostics = [];
  let notify;
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (p) => {
    diagnostics.push(p);
    if (notify) notify();
  });
  connection.listen();
  const nextDiagnostics = () => new Promise((resolve) => { notify = resolve; });

  const init = await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(work).href,
    capabilities: { general: { positionEncodings: ['utf-16'] }, textDocument: { hover: { contentFormat: ['markdown'] } } },
    workspaceFolders: [{ uri: pathToFileURL(work).href, name: 'hello' }],
  });
  if (init.capabilities.positionEncoding !== 'utf-16') fail('position encoding ' + init.capabilities.positionEncoding);
  await connection.sendNotification(protocol.InitializedNotification.type, {});

  // A buffer with a non-ASCII title before an unknown reference on one line.
  const text = journey + '\nrole lezer "één 😀" { department: verkoop }\n';
  const waiting = nextDiagnostics();
  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'kubus', version: 1, text },
  });
  await waiting;
  const d = diagnostics.pop();
  const line = text.split('\n').length - 2;
  const unknown = d && d.diagnostics.find((x) => x.code === 'E0203');
  if (!unknown) fail('no E0203 diagnostic: ' + JSON.stringify(d));
  else if (unknown.range.start.line !== line || unknown.range.start.character !== 'role lezer "één 😀" { department: '.length)
    fail('range in UTF-16 units: ' + JSON.stringify(unknown.range));

  const hover = await connection.sendRequest(protocol.HoverRequest.type, {
    textDocument: { uri }, position: { line: journey.split('\n').findIndex((l) => l.includes('owner: sales-manager')), character: 10 },
  });
  if (!hover || !hover.contents.value.startsWith('**role** `sales-manager`')) fail('hover: ' + JSON.stringify(hover));

  const completion = await connection.sendRequest(protocol.CompletionRequest.type, {
    textDocument: { uri }, position: { line, character: 'role lezer "één 😀" { department: '.length },
  });
  const labels = completion.items.map((i) => i.label).sort();
  if (labels.join(',') !== 'it,klantenservice,sales') fail('departments completed: ' + labels);

  await connection.sendRequest(protocol.ShutdownRequest.type);
  await connection.sendNotification(protocol.ExitNotification.type);
  const code = await new Promise((resolve) => server.on('exit', resolve));
  if (code !== 0) fail('exit code ' + code);
  connection.dispose();
  fs.rmSync(work, { recursive: true, force: true });
  if (!process.exitCode) console.log('client: initialize, diagnostics, hover, completion, shutdown and exit through vscode-languageserver-protocol');
}

const timer = setTimeout(() => {
  fail('no answer within 30 s');
  process.exit(1);
}, 30000);
main().then(() => clearTimeout(timer), (e) => {
  fail(e.stack || String(e));
  process.exit(1);
});
