// The Kubus extension: the language (grammar, brackets, comments) is declared
// in package.json; this starts `kubus lsp` for it, and starts it again when
// its settings change or on the command "Kubus: Restart the language server".
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function createClient(command, model) {
  const server = { command, args: ['lsp'] };
  return new LanguageClient(
    'kubus',
    'Kubus',
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: 'file', language: 'kubus' }],
      initializationOptions: { model },
      // Files changed by another program (git checkout, kubus fmt) or saved
      // (assessment.yaml and the other Kubus YAML files) are checked again.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{kubus,yaml,yml}') },
    },
  );
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (e) {
      // A server that never started has nothing to stop.
    }
  }
}

async function start() {
  const config = vscode.workspace.getConfiguration('kubus');
  const command = config.get('path') || 'kubus';
  client = createClient(command, config.get('model') || []);
  try {
    await client.start();
  } catch (e) {
    vscode.window.showErrorMessage(
      `Kubus: cannot start "${command} lsp" (${e.message}). Set kubus.path to the kubus executable.`,
    );
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('kubus.restartServer', async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('kubus.path') || e.affectsConfiguration('kubus.model')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
