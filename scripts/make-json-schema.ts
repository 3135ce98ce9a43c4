import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {CAMPAIGN_JSON_SCHEMA_PATH, formatCampaignJsonSchema} from '../src/review/get-campaign-json-schema';

// Writes the editors' JSON Schema of the campaign; a test fails when it is out of date.
const file = path.resolve(import.meta.dirname, '..', CAMPAIGN_JSON_SCHEMA_PATH);
writeFileSync(file, formatCampaignJsonSchema());
process.stdout.write(`${path.relative(process.cwd(), file)} written from src/campaign/campaign-schema.ts\n`);
