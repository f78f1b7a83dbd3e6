export { ApiProblem, describeFailure } from '@entrance-hall/shared/api/contract/api-problem';
