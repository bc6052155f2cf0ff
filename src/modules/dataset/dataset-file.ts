import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A dataset file's JSON, `.json` or gzip-compressed `.json.gz`. */
export function readDatasetFile(file: string): unknown {
  let text: string;
  try {
    const bytes = readFileSync(file);
    text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${error instanceof Error ? error.message : error}`);
  }
}
