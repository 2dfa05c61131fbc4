/** The pure cost-calculation domain: exact arithmetic, salaries, cost lines, splits and commitments. */
export * from './rational';
export * from './money-format';
export * from './salary';
export * from './salary-segments';
export * from './annual-cost';
export * from './staffed';
export * from './membership';
export * from './cost-items';
export * from './split-weights';
export * from './apportion';
export * from './split';
export * from './commitment';
export * from './instalments';
