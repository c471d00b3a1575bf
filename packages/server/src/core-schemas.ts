/**
 * What the elements' schemas take from `@coproduce/core`, without the rest of
 * core (Lit, the DOM): the server build points `@coproduce/core` here, so the
 * server checks records with the very schemas the elements use.
 */
export { PARTICIPANT_LIMITS, participantNameSchema } from '../../core/src/participants.js';
export { boundedText, idSchema, lazySchema, requiredText, timestampSchema, validate } from '../../core/src/schema.js';
