import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { spec } from './openapi.generated';

describe('openapi.generated', () => {
  it('is the same document as openapi.yaml (run `yarn generate` after editing it)', () => {
    const yaml = YAML.parse(
      readFileSync(resolve(__dirname, 'openapi.yaml'), 'utf8'),
    );
    expect(spec).toEqual(yaml);
  });
});
