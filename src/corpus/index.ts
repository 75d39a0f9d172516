// The corpus: what connects articles. Everything here reads and writes through the Db interface
// (SQLite or PostgreSQL) and the tables of src/store/migrations/{core,corpus}.ts.
//
// Write side (the ingest calls it after saving each article, inside saveAnalysis's `after` hook):
//   connectArticle(db, articleId, analysis): Promise<{ duplicateOf: string | null; storyId: string | null }>
//     links a near-duplicate (MinHash over word 5-grams, LSH bands in corpus_lsh) to its original,
//     the earliest copy; puts an original into a story (incremental tf-idf clustering of title and
//     lead words within ±3 days, ±7 for a close match, at most 10 days from the story's first article)
//     or founds one. Copies join their original's story, count as copies.
//     Stories keep their words and actors as clustering features; the actors shown are read from
//     their articles' entity rows, keyed as the store keys actors (storyQueries.ts).
//
// Read side (dates are YYYY-MM-DD, inclusive; weeks are ISO "2016-W10"; without since/until the
// last 12 weeks up to today):
//   topStories(db, { since?, until?, limit? = 10, minSize? = 1 }): Promise<StorySummary[]>
//   getStory(db, id): Promise<StoryDetail | null>                   articles (copies marked) and days
//   articleConnections(db, articleId): Promise<{ storyId, duplicateOf, copies } | null>
//   actorTimeline(db, actorKey, { since?, until? }): Promise<ActorTimeline>
//     actorKey as in the store: "country:PRK", "person:kim-jong-un", "name:kim jong un"
//   dyadTimeline(db, countryA, countryB, { since?, until? }): Promise<DyadTimeline>   both directions
//   activeDyads(db, { since?, until?, limit? = 20 }): Promise<DyadSummary[]>
//   dyadShifts(db, { week, baselineWeeks? = 8, minEvents? = 1, limit? = 10 }): Promise<DyadShift[]>
//     pairs whose mean Goldstein score this week moved most against the weeks before, with evidence
//   trends(db, { week, baselineWeeks? = 4, limit? = 10, minCount? = 2 }): Promise<Trends>
//     actors, event types, country pairs and stories that grew this week
//   loadEvents(db, { since?, until? }, whereSql?, params?): Promise<CountedEvent[]>  counted events
//
// Counting rules: copies (duplicate_of set) are never counted as coverage; negated and
// hypothetical events are left out; an event counts in the ISO week of its own date when that is
// a day at most 30 days before the report, else in the week it was reported. Week scores are the
// mean Goldstein value (goldsteinOf: the event's own, else its CAMEO root's, else its PLOVER type's).
export { connectArticle, articleDay, type Connection } from './connect.ts';
export { topStories, getStory, articleConnections, type StorySummary, type StoryDetail, type StoryArticle } from './storyQueries.ts';
export {
  actorTimeline, dyadTimeline, activeDyads, dyadShifts,
  type WeekPoint, type EventRef, type ActorTimeline, type DyadTimeline, type DyadSummary, type DyadShift,
} from './actors.ts';
export { trends, type Trends, type TrendItem } from './trends.ts';
export { loadEvents, type CountedEvent, type Range } from './events.ts';
export { goldsteinOf, quadClass } from './goldstein.ts';
export { isoWeek, weekStart, weekEnd, addWeeks, weeksBetween, isWeek, isDay } from './weeks.ts';
