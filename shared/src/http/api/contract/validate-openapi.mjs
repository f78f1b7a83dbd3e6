// Validates an OpenAPI document (a file named as the first argument) with
// @seriousme/openapi-schema-validator, which is ESM only, and prints what it found as JSON:
// { valid, errors, specificationType, version }. Used by openapi-document.test.ts.
import { argv } from 'node:process';
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(argv[2]);
process.stdout.write(JSON.stringify({ ...result, specificationType: validator.specificationType, version: validator.version }));
