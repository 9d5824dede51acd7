import fc from 'fast-check';

/**
 * Property tests run from a fixed seed so a CI run is reproducible; set FC_SEED to explore other
 * cases (a failure prints its seed and path to replay it).
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
