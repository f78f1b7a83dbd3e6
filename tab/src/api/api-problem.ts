export { ApiProblem, describeFailure } from '@entrance-hall/shared/browser/api/api-problem';
