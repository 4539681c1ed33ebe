export * from './medical-recommendation';
export { checkMedicalRecommendations, MAX_CLEAR_DAYS_BETWEEN_EXAMINATIONS } from './recommendation-checks';
export type { RecommendationFacts } from './recommendation-checks';
export * from './s4-conversion';
