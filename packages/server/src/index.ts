export { ConfigError, ENVIRONMENT, readConfig, type ServerConfig } from './config.js';
export { log, setLogWriter, shortHash } from './log.js';
export { type Rule, ruleBroken, type Writer } from './rules.js';
export { isValidRecord } from './schemas.js';
export { type CoproduceServer, createCoproduceServer, Refusal, SERVER_ORIGIN } from './server.js';
export {
  mintToken,
  mintTokenUntil,
  readCredentials,
  type Role,
  type TokenClaims,
  verifyToken,
  type Who,
} from './tokens.js';
// The shared-document layout, for tools and tests that talk to the server from Node with the same yjs.
export { diff, type Json, type Patch } from '../../core/src/sync/patches.js';
export { applyToShared, readShared, ROOT, rootOf, seedShared } from '../../core/src/sync/shared-doc.js';
