#!/usr/bin/env node
// winkNLP peer for `hlsd bench`: tokens and entities over the same files, one thread.
// usage: node wink.js LIST_FILE [--rounds N] [--pipe sbd,pos,ner]
//   LIST_FILE holds one input path a line. Every file is read first (as hlsd bench holds its
//   corpus in memory), then each round reads every document and takes out its tokens and its
//   entities (with their detail). Prints one JSON line: load and round times in seconds.
'use strict';
const started = process.hrtime.bigint();
const fs = require('fs');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const list = args[0];
const rounds = Number(option('--rounds', '3'));
const pipe = option('--pipe', 'sbd,pos,ner').split(',').filter((p) => p.length > 0);
const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;

const loadStart = process.hrtime.bigint();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model, pipe);
const its = nlp.its;
const load = seconds(loadStart);

const files = fs.readFileSync(list, 'utf8').split('\n').filter((l) => l.length > 0);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);

let tokens = 0;
let entities = 0;
const times = [];
const cpu = [];
for (let round = 0; round < rounds; round++) {
  tokens = 0;
  entities = 0;
  const used = process.cpuUsage();
  const clock = process.hrtime.bigint();
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    tokens += doc.tokens().out().length;
    entities += doc.entities().out(its.detail).length;
  }
  times.push(seconds(clock));
  const spent = process.cpuUsage(used);
  cpu.push((spent.user + spent.system) / 1e6);
}

process.stdout.write(JSON.stringify({
  peer: 'winkNLP',
  version: require('wink-nlp/package.json').version,
  model: require('wink-eng-lite-web-model/package.json').version,
  node: process.version,
  pipe,
  documents: texts.length,
  bytes,
  load,
  rounds: times,
  cpu,
  tokens,
  entities,
  sinceStart: seconds(started),
}) + '\n');
