// Two fixes to custom-element-vs-code-integration's files: boolean attributes take no value
// (`valueSet: "v"`, so completing `no-sound` does not add `=""`), and the CSS data lists each
// custom property and part once (the generator repeats those that several elements share).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf } from './public-manifest.js';

const HTML_FILE = 'vscode.html-custom-data.json';
const CSS_FILE = 'vscode.css-custom-data.json';

function update(file, change) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  change(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

const firstOfEachName = (items = []) =>
  items.filter((item, i) => items.findIndex((other) => other.name === item.name) === i);

/** Applies both fixes to the files the generator wrote in `dir`. */
export function tidyVsCodeData(manifest, dir) {
  const booleans = new Map(
    elementsOf(manifest).map((element) => [
      element.tagName,
      new Set(element.attributes?.filter((a) => a.type?.text === 'boolean').map((a) => a.name)),
    ]),
  );
  update(join(dir, HTML_FILE), (data) => {
    for (const tag of data.tags) {
      for (const attribute of tag.attributes) {
        if (booleans.get(tag.name)?.has(attribute.name)) attribute.valueSet = 'v';
      }
    }
  });
  update(join(dir, CSS_FILE), (data) => {
    data.properties = firstOfEachName(data.properties);
    data.pseudoElements = firstOfEachName(data.pseudoElements);
  });
}
