// Closed word lists the entity rules read. Kept apart so that the rules stay short.

/** Abbreviated titles written before a name. */
export const HONORIFICS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Sen.', 'Rep.', 'Gen.', 'Gov.', 'Lt.', 'Col.', 'Capt.', 'Adm.', 'Prof.',
  'Rev.', 'Sgt.', 'Maj.', 'Brig.', 'Pres.', 'Cmdr.', 'Amb.', 'Sec.', 'Supt.', 'Insp.', 'Cpl.', 'Pvt.', 'Msgr.', 'Fr.',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Sir', 'Dame', 'Lord', 'Lady',
  // Before the first of two names: "Reps. Chris Collins (R-N.Y.) and Duncan Hunter".
  'Reps.', 'Sens.', 'Govs.', 'Drs.', 'Gens.', 'Messrs.',
]);

/** Lower-case particles inside a family name ("da Silva", "von der Leyen", "al-Hayya"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'del', 'van', 'von', 'der', 'den', 'da', 'du', 'la', 'le', 'di', 'dos', 'ter']);

/** Capitalised words of titles: a run of them before a name is a role ("Deputy National Security Adviser"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'deputy', 'assistant', 'undersecretary',
  'under', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'energy',
  'national', 'security', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince',
  'princess', 'crown', 'emir', 'sheikh', 'sultan', 'pope', 'ayatollah', 'supreme', 'leader', 'general', 'lieutenant',
  'colonel', 'major', 'admiral', 'commodore', 'brigadier', 'marshal', 'lieutenant-general', 'major-general', 'rear', 'commander', 'chief', 'ambassador', 'envoy', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'ombudsman', 'ombudswoman',
  'ranking', 'representative', 'representatives', 'senators', 'governors', 'governor', 'mayor', 'judge', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'former',
  'state', 'attorney', 'special', 'counsel', 'speaker', 'majority', 'minority', 'whip', 'cardinal', 'archbishop',
  'bishop', 'rabbi', 'imam', 'sergeant', 'captain', 'president-elect', 'acting', 'interim', 'retired', 'executive', 'ceo',
  'founder', 'coach', 'anchor', 'co-anchor', 'ag', 'correspondent', 'editor', 'professor', 'dr', 'the', 'opposition', 'presidential',
  'candidate', 'incumbent', 'first', 'lady', 'house', 'senate', 'white', 'press', 'communications', 'staff', 'joint',
  'chiefs', 'of', 'army', 'navy', 'air', 'force', 'marine', 'corps', 'homeland', 'intelligence', 'central', 'federal',
  'officer', 'activist', 'lawyer', 'attorney', 'analyst', 'economist', 'sheriff', 'employee', 'detective', 'trooper',
  'prosecutor', 'commissioner', 'rapporteur', 'auditor', 'treasurer', 'comptroller', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'councilmember', 'councillor', 'superintendent', 'inspector',
  'agent', 'nurse', 'doctor', 'firefighter', 'pastor', 'reporter', 'columnist', 'quarterback', 'actress', 'actor', 'singer', 'rapper',
  'comedian', 'filmmaker', 'novelist', 'author', 'writer', 'administrator', 'defenseman', 'defender', 'goaltender', 'goalie', 'winger', 'midfielder', 'striker', 'pitcher', 'linebacker', 'minister-president', 'vice-president', 'ex-president', 'ex-prime',
  'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'investor', 'philanthropist', 'tycoon', 'magnate', 'mogul',
]);

/** Last words that make a run an organisation. */
export const ORG_HEADS = new Set([
  'University', 'Motor', 'Motors', 'Parenthood', 'Partnership', 'Desk', 'College', 'Institute', 'Institution', 'Center', 'Centre', 'Council', 'Committee', 'Commission', 'Agency',
  'Ministry', 'Department', 'Party', 'Bank', 'Group', 'Forum', 'Court', 'Army', 'Navy', 'Force', 'Forces', 'Association',
  'Foundation', 'Corporation', 'Corp.', 'Corp', 'Inc.', 'Inc', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'Company', 'News', 'Times',
  'Post', 'Journal', 'Network', 'Organization', 'Organisation', 'Union', 'League', 'Federation', 'Front', 'Movement',
  'Brigade', 'Brigades', 'Service', 'Services', 'Office', 'Authority', 'Administration', 'Board', 'Fund', 'Society',
  'Club', 'School', 'Airline', 'Airlines', 'Airways', 'Railway', 'Railways', 'Railroad', 'Telecom', 'Shipping', 'Systems', 'Technologies', 'Media', 'Press', 'Guard', 'Corps', 'Assembly', 'Chamber', 'Chambers', 'Mission', 'Lab', 'Labs', 'Laboratory', 'Laboratories',
  'Parliament', 'Congress', 'Senate', 'Cabinet', 'Police', 'Hospital', 'Church', 'Tribunal', 'Alliance', 'Coalition',
  'Watch', 'Initiative', 'Museum', 'Library', 'Exchange', 'Reserve', 'Partners', 'Holdings', 'Bureau', 'Directorate',
  'Command', 'Fleet', 'Regiment', 'Battalion', 'Division', 'Herald', 'Tribune', 'Gazette', 'Daily', 'Magazine',
  'Broadcasting', 'Television', 'Radio', 'Telegraph', 'Chronicle', 'Review', 'Monitor', 'Observer', 'Agency.',
  'Register', 'Sentinel', 'Inquirer', 'Examiner', 'Courier', 'Dispatch', 'Bulletin', 'Sun', 'Star', 'Globe', 'Picayune',
  'Cartel', 'Brotherhood', 'Caucus', 'Secretariat', 'Conservatives', 'Democrats', 'Republicans', 'Laboratory', 'Labs',
  'Motors', 'Energy', 'Pharmaceuticals', 'Group.', 'Trust', 'Enterprises', 'Industries', 'Academy', 'Program', 'Programme',
  'House', 'Robotics', 'Software', 'Solutions', 'Networks', 'Therapeutics', 'Ventures', 'Capital', 'Logistics', 'Studios',
  'Entertainment', 'Foods', 'Brands', 'Insurance', 'Petroleum', 'Oil', 'Gas', 'Steel', 'Mining', 'Resources', 'Semiconductor',
  'Electronics', 'Aerospace', 'Dynamics', 'Pharma', 'Biotech', 'Bancorp', 'Securities', 'Investments', 'Authority.',
  'Healthcare', 'Communications', 'Consulting', 'Associates', 'Strategies', 'Productions', 'Publishing', 'Publishers',
  'Hotels', 'Resorts', 'Realty', 'Properties', 'Pictures', 'Depot', 'Mart', 'Stores', 'Markets', 'Supermarkets', 'Pharmacy', 'Outfitters',
]);

/** The words that end a newspaper's name ("Tampa Bay Times", "Baltimore Sun", "Times-Picayune"); all are ORG_HEADS. */
export const PAPER_HEADS = new Set(['Times', 'Post', 'Journal', 'Sun', 'Star', 'Globe', 'Tribune', 'Herald', 'Gazette', 'Daily', 'Telegraph', 'Chronicle',
  'Observer', 'Register', 'Sentinel', 'Inquirer', 'Examiner', 'Courier', 'Dispatch', 'Bulletin', 'News', 'Picayune']);

/**
 * Bodies and groups of people that, with "for" and a cause, name an organisation ("Club for Growth", "Americans for
 * Prosperity", "Bikers for Trump"). Not trades that act for a client: "Lawyers for Epstein said".
 */
export const GROUPS_FOR = new Set(['Club', 'Center', 'Centre', 'Coalition', 'Committee', 'Alliance', 'Campaign', 'Council', 'Institute', 'Foundation', 'Fund', 'Society',
  'Association', 'Network', 'Partnership', 'Project', 'League', 'Centers', 'Americans', 'Bikers', 'Citizens', 'Veterans', 'Vets', 'Students', 'Women', 'Mothers', 'Moms',
  'Physicians', 'Evangelicals', 'Christians', 'Catholics', 'Jews', 'Muslims', 'Latinos', 'Hispanics', 'Mayors', 'Conservatives', 'Democrats', 'Republicans',
  'Libertarians', 'Progressives', 'Liberals', 'Patriots']);

/** Bodies whose names go on with "on" and their subject (kept with the actor words, which need them too). */
export { BODIES_ON, COMMITTEES } from '../../kb/agents.ts';

/** First words that make a run an organisation ("University of Chicago", "Bank of Mexico"). */
export const ORG_FIRST = new Set(['University', 'Bank', 'Ministry', 'Department', 'Council', 'Institute', 'Commission', 'Committee', 'Office', 'Board', 'Bureau', 'Court', 'Federation', 'Union', 'Association', 'League', 'Organization', 'Party', 'Army', 'House', 'Chamber']);

export const EVENT_HEADS = new Set(['War', 'Summit', 'Olympics', 'Games', 'Cup', 'Festival', 'Revolution', 'Crisis', 'Accords', 'Accord', 'Agreement', 'Treaty', 'Election', 'Elections', 'Championship', 'Expo', 'Uprising', 'Spring', 'Massacre', 'Week', 'Convention', 'Primary', 'Death', 'Plague', 'Pandemic', 'Epidemic', 'Flu', 'Parade', 'Marathon', 'Awards']);

export const FAC_HEADS = new Set(['Airport', 'Arena', 'Inn', 'Ranch', 'Bridge', 'Station', 'Palace', 'Square', 'Tower', 'Towers', 'Stadium', 'Hotel', 'Dam', 'Plant', 'Base', 'Prison', 'Embassy', 'Consulate', 'Port', 'Harbor', 'Harbour', 'Highway', 'Street', 'Avenue', 'Road', 'Building', 'Hall', 'Cathedral', 'Mosque', 'Temple', 'Reactor', 'Canal', 'Pipeline', 'Statehouse']);

/** The prefixes navies give their ships' names ("USS Carney", "HMS Diamond"), and whose navy each is. */
export const SHIP_PREFIXES = new Map([['USS', 'USA'], ['USNS', 'USA'], ['HMS', 'GBR'], ['HMCS', 'CAN'], ['HMAS', 'AUS'], ['HMNZS', 'NZL'], ['INS', 'IND'], ['ROKS', 'KOR'], ['TCG', 'TUR']]);

/** Capitalised words that are never part of a name: trimmed off the edges of a run. */
export const NOT_NAMES = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.',
  'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'The', 'A', 'An', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'If', 'As', 'By', 'With', 'From', 'To', 'Of',
  'This', 'That', 'These', 'Those', 'Several', 'Many', 'Some', 'Few', 'Both', 'Another', 'Each', 'Every', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'Its',
  'Click', 'Read', 'More', 'Copyright', 'Please', 'Comments', 'View', 'Hide', 'Share', 'Subscribe', 'Sign', 'Advertisement', 'Video', 'Transcript', 'Transcripts', 'Photo', 'Photos',
  'Today', 'Yesterday', 'Tomorrow', 'Soviet-era', 'COVID-19', 'COVID', 'Covid', 'Covid-19', 'Internet', 'God', 'Mr.', 'Ms.',
  'Mrs.', 'While', 'When', 'After', 'Before', 'Since', 'During', 'Some', 'Many', 'Both', 'All', 'Given', 'Any', 'Giving',
  'Hours', 'Two', 'Three', 'One', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Dozens', 'Hundreds', 'Thousands', 'Millions', 'Minister', 'President', 'Democrat', 'Republican', 'LLC', 'Inc.',
  'U.S.-led', 'Western-led', 'BRIEF', 'Brief',
  'Outside', 'Inside', 'Near', 'Despite', 'Unlike', 'Among', 'Amid', 'Across', 'Against', 'Without', 'Within', 'Throughout', 'Beyond', 'Behind', 'Toward', 'Towards', 'Under', 'Until', 'Unless', 'Although', 'Though', 'Because', 'Whether', 'Once', 'Meanwhile', 'Instead', 'However',
]);

/**
 * Upper-case abbreviations that name things, measures or ideas, not organisations: a run that is one
 * of these is not typed ORG as other acronyms are ("the ID. Space", "an SUV", "DNA evidence").
 */
export const NOT_ORG_ACRONYMS = new Set([
  'ID', 'EV', 'EVS', 'SUV', 'SUVS', 'AWD', 'RWD', 'FWD', '4WD', 'HVAC', 'GT', 'GTI', 'TD', 'TDS', 'MPH', 'RPM', 'IQ',
  'DNA', 'RNA', 'HIV', 'AIDS', 'PTSD', 'ADHD', 'ICU', 'ER', 'CT', 'MRI', 'DVD', 'CD', 'CDS', 'VOD', 'TV', 'HD', 'PC', 'AI',
  'GPS', 'USB', 'LED', 'LCD', 'PDF', 'URL', 'API', 'SMS', 'ATM', 'VIP', 'OK', 'FAQ', 'DIY', 'LGBT', 'LGBTQ', 'STEM',
  'GDP', 'CEO', 'CFO', 'COO', 'CTO', 'MVP', 'PR', 'HR', 'AM', 'PM', 'BC', 'AD', 'UTC', 'GMT', 'EST', 'EDT', 'PST', 'PDT',
  'CO', 'CO2', 'MW', 'GW', 'KW', 'KWH', 'ETA', 'RSVP', 'ASAP', 'TBD', 'QB', 'RB', 'WR', 'TE',
  // Archive labels, a kind of committee, laws, programmes and weapons: no body of their own.
  'BYLINE', 'DATELINE', 'PAC', 'PACS', 'FOIA', 'DACA', 'DAPA', 'TPP', 'ACA', 'IPO', 'ETF', 'NDA', 'ICBM', 'ICBMS', 'WMD', 'WMDS', 'IED', 'IEDS',
]);

/** Words that do not occur in people's names: a run holding one is not typed as a person. */
export const NON_PERSON = new Set([
  // Diseases named like people: "the Zika problem", "Ebola funding".
  'Zika', 'Ebola', 'Alzheimer', 'Parkinson', 'Lyme',
  // Tails of bodies' names and titles cut off at a lower-case word or a line start: "(Immigration and) Customs
  // Enforcement", "(Office of) Personnel Management", "Presumptive Democratic (nominee)", "Super PAC".
  'Enforcement', 'Management', 'Control', 'Prevention', 'Patrol', 'Survey', 'Presumptive', 'PAC', 'PACs', 'CEO', 'Debates', 'Islamic', 'Bowl', 'Trophy', 'Tour', 'Resort',
  'Pride', 'Eastern', 'Western', 'Northern', 'Southern', 'Central', 'Far', 'East', 'West', 'North', 'South', 'Mid', 'Middle',
  'Upper', 'Lower', 'New', 'Old', 'Great', 'Greater', 'National', 'International', 'Global', 'World', 'State', 'States',
  'United', 'Republic', 'Kingdom', 'Federal', 'Foreign', 'Economic', 'Security', 'Affairs', 'Studies', 'Policy', 'Risk',
  'Research', 'Human', 'Rights', 'Public', 'General', 'Special', 'Military', 'Defense', 'Defence', 'Ministry', 'Prime',
  'Day', 'Year', 'Street', 'Road', 'River', 'Lake', 'Mount', 'Island', 'Islands', 'Sea', 'Ocean', 'Bay', 'Valley',
  'Province', 'Region', 'County', 'District', 'City', 'Town', 'Village', 'Park', 'Square', 'Threat', 'Status', 'Series',
  'Post', 'Times', 'News', 'Daily', 'Weekly', 'Online', 'Live', 'Breaking', 'Update', 'Report', 'Analysis', 'Opinion',
  'Newsletter', 'Edition', 'English', 'Arabic', 'Chinese', 'Russian', 'French', 'German', 'Spanish', 'Korean', 'Japanese',
  'Democrat', 'Republican', 'Democrats', 'Republicans', 'Conservative', 'Labour', 'Liberal', 'Green', 'Greens',
  'Army', 'Navy', 'Force', 'Forces', 'Court', 'Council', 'Committee', 'Government', 'Administration', 'Congress',
  'Parliament', 'Senate', 'Cabinet', 'Police', 'Church', 'Party', 'Union', 'League', 'Front', 'Movement',
  // Words of laws, programmes, prizes and slogans that headline-style capitals turn into "names".
  'Act', 'Plan', 'Care', 'Law', 'Bill', 'Program', 'Programme', 'Tax', 'Reform', 'Health', 'Insurance', 'Coverage',
  'Grant', 'Grants', 'Responsibility', 'Convention', 'Pact', 'Treaty', 'Deal', 'Air', 'Water', 'Energy', 'Power',
  'Clean', 'Affordable', 'Mental', 'Professional', 'Prize', 'Award', 'Medal', 'Fund', 'Budget', 'Plaza', 'Center',
  'Centre', 'Hall', 'Tower', 'Building', 'Bridge', 'Airport', 'Station', 'Team', 'Cup', 'League', 'Games', 'Club',
  'Initiative', 'Project', 'Strategy', 'Doctrine', 'Agreement', 'Accord', 'Summit', 'Conference', 'Forum', 'Council',
  'Office', 'Bureau', 'Agency', 'Department', 'Ministry', 'Service', 'Services', 'System', 'Systems', 'Network', 'Trade',
  'Market', 'Markets', 'Stock', 'Index', 'Assessment', 'Circuit', 'Strip', 'Show', 'Matter', 'Lives', 'People', 'Bank', 'Capital', 'Group', 'Company', 'Corporation', 'Foundation', 'Institute',
  'University', 'College', 'School', 'Academy', 'Hospital', 'Medical', 'Prison', 'Court', 'Justice', 'Supreme',
  'Federal', 'Constitution', 'Amendment', 'Rule', 'Rules', 'Order', 'Day', 'Night', 'Week', 'Month', 'Season', 'Text',
  // Groups and holidays that capitals join to a name ("Sikh Americans", "Rohingya Muslims", "Clinton Christmas").
  'Americans', 'Muslim', 'Muslims', 'Jews', 'Sikh', 'Sikhs', 'Hindus', 'Catholics', 'Evangelicals', 'Mormons',
  'Christmas', 'Easter', 'Thanksgiving', 'Wars', 'Politics', 'Candidates', 'Workers', 'Communications', 'Priorities',
  'Capitol', 'Southeast', 'Northeast', 'Southwest', 'Northwest', 'Asian', 'African', 'European', 'Hispanic', 'Latino',
]);

/** Titles that split a run: "Wells Fargo CEO John Stumpf" is an organisation, a title and a person. */
export const SPLIT_TITLES = new Set([
  'CEO', 'President', 'Minister', 'Chairman', 'Chairwoman', 'Secretary', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Director', 'Chief', 'Senator', 'Governor', 'Mayor', 'Leader', 'Commander', 'General', 'Ambassador', 'Judge', 'Founder',
  'Adviser', 'Advisor', 'Envoy', 'Premier', 'Chancellor', 'Head', 'Executive', 'Analyst', 'Economist', 'Professor',
  'Speaker', 'Commissioner', 'Superintendent', 'Prosecutor', 'Sheriff',
]);

/** Words before a place that make it a place, not an actor. */
export const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'across', 'around', 'via', 'toward', 'towards', 'through', 'inside', 'within', 'across', 'over', 'above', 'below', 'of', 'between', 'visited', 'visit', 'landed', 'arrived']);

/**
 * Chinese family names as news romanises them (pinyin, and Cantonese and Taiwanese spellings), which
 * come first in the name: "Liu Xiaming" … "Liu said". Left out: those that are English given names or
 * words ("Lee", "Kim", "He", "Long").
 */
/** Korean family names as romanised in English-language news ("Park Sang-hak", "Koo Byoung-sam"). */
export const KOREAN_FAMILY_NAMES = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'yun', 'jang', 'chang', 'lim', 'han', 'oh', 'seo', 'shin',
  'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'moon', 'yang', 'koo', 'ko', 'baek', 'nam', 'noh', 'roh', 'ha', 'jeon', 'chun',
  'bae', 'byun', 'hyun', 'ryu', 'yeo', 'woo', 'jo', 'son', 'min', 'won', 'heo', 'yu', 'cha', 'ju', 'na', 'do',
]);

export const CHINESE_FAMILY_NAMES = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'lin',
  'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan',
  'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'fu', 'zhong', 'cui',
  'tan', 'liao', 'fan', 'shi', 'jia', 'xia', 'qian', 'fang', 'bai', 'zou', 'meng', 'xiong', 'qin', 'qiu', 'hou', 'xue', 'lei',
  'hao', 'kong', 'qiao', 'mao', 'xi', 'bo', 'gao', 'geng', 'yan', 'wen', 'zhai', 'ling', 'ke', 'mo', 'niu', 'gu', 'wan', 'duan',
  'chan', 'wong', 'leung', 'cheung', 'lau', 'lam', 'tsang', 'yip', 'cheuk', 'tse', 'chow', 'kwok', 'tsai', 'hsu', 'chiang', 'teo',
]);

/** What a body's head goes on with: "Department of Foreign Affairs", "Commission on Presidential Debates", "Committee for …". */
const HEAD_GOES_ON = /^ (?:of|on|for) /;

/**
 * Whether a body's name is headed by a word for what it is: "Defense Ministry" by "ministry", "Department of
 * Foreign Affairs" by "department" (so that "the ministry", "the department" can name it).
 */
export function headedBy(name: string, head: string): boolean {
  const n = name.toLowerCase();
  if (n.endsWith(` ${head}`)) return true;
  for (let at = n.indexOf(head); at >= 0; at = n.indexOf(head, at + 1)) {
    if ((at === 0 || n[at - 1] === ' ') && HEAD_GOES_ON.test(n.slice(at + head.length))) return true;
  }
  return false;
}
