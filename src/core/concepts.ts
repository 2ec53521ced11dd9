/**
 * How firmly the literature supports a concept as the library encodes it.
 *
 * - `read`: stated in a public source whose text was read (often only its abstract or opening pages,
 *   or a summary of it such as the course flashcards of Anderson, Narus & Narayandas ch. 10 or the
 *   Chinese summary of the 2025 post-sales review; the source list names that copy).
 * - `unverified`: attributed but not read: from textbook synthesis or secondary summaries, not
 *   checked against the original, or read in a copy whose attribution to the cited work is not
 *   verified. Rules built on such a concept are policy defaults that callers can override.
 * - `suggested`: the library's own operationalisation, not a claim of the literature.
 *
 * A concept is graded by its least supported claim: when a summary mixes what was read with the
 * library's own reading (a threshold, a decision rule), the summary says which part is which, and
 * a rule that was not read keeps the concept below `read`.
 */
export type Evidence = 'read' | 'unverified' | 'suggested';

/**
 * A bibliographic source for a concept.
 */
export interface Source {
  /** Authors as cited, family name first. */
  readonly authors: string;
  /** Year of publication; `null` where the source seen did not show it. */
  readonly year: number | null;
  /** Title and outlet. */
  readonly work: string;
}

/**
 * One entry of the concept catalogue.
 *
 * @example
 * ```ts
 * import { CONCEPTS, type Concept } from 'b2b-relationships/core';
 * const c: Concept = CONCEPTS['loyalty-ladder'];
 * c.title; //=> 'Loyalty ladder'
 * ```
 */
export interface Concept {
  /** Short human title. */
  readonly title: string;
  /** One paragraph, in the library's own words. */
  readonly summary: string;
  /** Where the concept comes from. */
  readonly sources: readonly Source[];
  /**
   * How firmly the sources support the encoding: `read` only where what the concept encodes was
   * read; the summary names any part that is the library's own reading (see {@link Evidence}).
   */
  readonly evidence: Evidence;
  /** The library module that implements it. */
  readonly module: string;
}

const c = (
  module: string,
  title: string,
  evidence: Evidence,
  summary: string,
  ...sources: Source[]
): Concept => ({ module, title, evidence, summary, sources });

const s = (authors: string, year: number | null, work: string): Source => ({ authors, year, work });

const ANDERSON_NARUS_1991 = s('Anderson, J. C.; Narus, J. A.', 1991, 'Partnering as a Focused Market Strategy, California Management Review 33(3)');
const BMM_2009 = s('Anderson, J. C.; Narus, J. A.; Narayandas, D.', 2009, 'Business Market Management, 3rd ed., ch. 10 "Managing Customers"');
const HJW_1977 = s('Håkansson, H.; Johanson, J.; Wootz, B.', 1977, 'Influence tactics in buyer-seller processes, Industrial Marketing Management 5(6)');
const FORD_2003 = s('Ford, D.; Gadde, L.-E.; Håkansson, H.; Snehota, I.', 2003, 'Managing Business Relationships, 2nd ed.');
const NARAYANDAS_2005 = s('Narayandas, D.', 2005, 'Building Loyalty in Business Markets, Harvard Business Review 83(9), R0509H');
const REINARTZ_KUMAR_2002 = s('Reinartz, W.; Kumar, V.', 2002, 'The Mismanagement of Customer Loyalty, Harvard Business Review 80(7), R0207F');
const STAUSS_FRIEGE_1999 = s('Stauss, B.; Friege, C.', 1999, 'Regaining Service Customers, Journal of Service Research 1(4)');
const KUMAR_2015 = s('Kumar, V.; Bhagwat, Y.; Zhang, X.', 2015, 'Regaining "Lost" Customers: The Predictive Power of First-Lifetime Behavior, the Reason for Defection, and the Nature of the Win-Back Offer, Journal of Marketing 79(4)');
const LIU_2015 = s('Liu, A. H.; Leach, M. P.; Chugh, R.', 2015, 'A sales process framework to regain B2B customers, Journal of Business & Industrial Marketing 30(8)');
/** The course flashcards that summarise BMM ch. 10: the text read for the ch. 10 concepts. */
const FLASHCARDS = s('Course flashcards after Anderson, Narus & Narayandas, ch. 10 (author not shown)', null, 'L12, Customer relationships Flashcards');
/** The customer-engagement chapter (its opening and proposed solution were read; authors and year not shown). */
const CE_CHAPTER = s('Authors not shown in the copy read (University of Alabama)', null, 'The Disruptive Impact of Customer Engagement on the Business-to-Consumer Sales Force, book chapter, Springer (Customer Engagement Marketing), doi 10.1007/978-3-319-61985-9_9');
const MICROSOFT_2015 = s('Microsoft', 2015, 'Cited in "The Disruptive Impact of Customer Engagement on the Business-to-Consumer Sales Force" for customers entering sales interactions 57–70% of the way through the decision (original not read)');
const CEB_2012 = s('Adamson, B.; Dixon, M.; Toman, N. (CEB)', 2012, 'The End of Solution Sales, Harvard Business Review 90(7)');
/** The 2025 JBR review of PPS, KAM and CSM, read in a Chinese summary. */
const POST_SALES_REVIEW = s('Authors not shown in the summary read', 2025, 'Conceptualizing post-sales relationship management in B2B markets: review, synthesis, and recommendations for future research, Journal of Business Research (read in a Chinese summary)');

/**
 * The catalogue of every concept the library implements, keyed by {@link ConceptId}.
 * Every {@link Reason} names one of these, so a user can trace any inference to its source.
 *
 * @example
 * ```ts
 * import { CONCEPTS } from 'b2b-relationships/core';
 * CONCEPTS['need-uncertainty'].sources[0]?.year; //=> 1977
 * ```
 */
export const CONCEPTS = Object.freeze({
  // ── 1. Working relationships ────────────────────────────────────────────────
  'working-relationship-continuum': c('continuum', 'Working-relationship continuum', 'read',
    'Working relationships lie on a continuum from pure transactional exchange (a basic product exchanged repeatedly, on time, at a very competitive price) to pure collaborative exchange (strong, broad social, economic, service and technical ties built over time to lower total cost or raise value).',
    ANDERSON_NARUS_1991, BMM_2009, FLASHCARDS),
  'industry-bandwidth': c('continuum', 'Industry bandwidth', 'unverified',
    'The span of working relationships found in one industry, from its most transactional to its most collaborative; a relationship can move along it in both directions. That commodity-like industries sit near the transactional end and complex, high-technology ones nearer the collaborative end is commonly said but was not read in a source.',
    BMM_2009, FLASHCARDS),
  'flaring-out': c('continuum', 'Flaring out', 'read',
    'Flaring out from the industry bandwidth: a supplier gains an advantage over other suppliers by meeting the requirements and preferences of both transactional and collaborative customers with relationship-specific offerings. Flaring out by unbundling eliminates certain standard elements of the offering entirely or turns them into options (for transactional customers); flaring out with augmentation draws on the practices of more collaborative industries and adds new programmes and systems, which collaborative accounts will value, to the standard offering as options.',
    BMM_2009, FLASHCARDS),
  'relationship-specific-offering': c('continuum', 'Relationship-specific offering', 'read',
    'An offering tailored to where the customer sits on the continuum, built from standard and optional elements (products, services, programmes, systems), so that each customer pays for the value it wants.',
    BMM_2009, FLASHCARDS),
  'communication-and-bridging': c('continuity', 'Communication and bridging', 'read',
    'Promoting honest and open communication is the first continuity practice. Communication is the formal and informal sharing of meaningful and timely information between the firms; bridging establishes multiple levels of communication between them, across functions, management levels and business units, so the relationship does not hang on one contact.',
    BMM_2009, FLASHCARDS),
  'trust-and-commitment': c('continuity', 'Trust and commitment', 'read',
    'Building trust and commitment is one of the four continuity practices, and cooperation builds mutual trust and commitment. In Morgan and Hunt\'s commitment-trust theory, trust (confidence in the partner\'s reliability and integrity) and commitment (an enduring desire to maintain a valued relationship) are the key mediating variables of successful relationship marketing (their definitions as commonly cited, not checked against the article).',
    s('Morgan, R. M.; Hunt, S. D.', 1994, 'The Commitment-Trust Theory of Relationship Marketing, Journal of Marketing 58(3)'), BMM_2009, FLASHCARDS),
  'coordination-mechanisms': c('continuity', 'Coordination mechanisms', 'read',
    'Coordination is how customer and supplier firms synchronise activities, resources and capabilities to accomplish a collective set of tasks, by one of three mechanisms: a market-clearing price (the price of the offering floats to the level that balances supply and demand), power (one firm gets its partner to undertake activities the partner would not do on its own), or cooperation (shared norms on how to work together, jointly create value, share benefits and build mutual trust and commitment). Which mechanism suits which relationship (price for transactional, cooperation for collaborative ones with balanced dependence) is the library\'s reading.',
    BMM_2009, FLASHCARDS),
  'relationship-continuity': c('continuity', 'Relationship continuity', 'read',
    'Sustaining a working relationship rests on four practices managed together as ongoing behavioural issues of growing each customer relationship over time: promote honest and open communication, build trust and commitment, implement coordination mechanisms, and anticipate and resolve conflicts.',
    BMM_2009, FLASHCARDS),
  'conflict-resolution': c('continuity', 'Conflict anticipation and resolution', 'read',
    'Anticipating and resolving conflicts is the fourth continuity practice, beside communication, trust and commitment, and coordination. The source names the practice without detail; how the library scores it is its own reading.',
    BMM_2009, FLASHCARDS),
  'account-growth': c('growth', 'Account growth: foot-in-the-door or all-at-once', 'read',
    'A supplier pursues growth in an account, after estimating the customer\'s total volume of business and its current share of it, foot-in-the-door or all-at-once. Foot-in-the-door first gets a small yes and then a bigger one (acquire the customer, then follow-on and other sales); it needs an offer that generates substantial value the customer needs and recognises, a close fit between functionality and the customer\'s requirements and modular offers, and it risks compelling decision makers to buy what they do not really need, which can damage the relationship and limit future business. All-at-once is useful in managing larger customers who complicate the selling process through combined changes in customer decision making, buying units, the nature of the products and services offered and the selling skills required.',
    BMM_2009, FLASHCARDS),
  'migration-strategy': c('growth', 'Migration strategy', 'read',
    'HP\'s migration strategy, a triangle of three stages: product vendor (start where the supplier has a price/performance advantage as a hardware supplier for existing applications), value-added supplier (move up to infrastructure and enterprise-wide solutions by showing industry-specific knowledge and delivering strong pre- and post-sales installation resources) and strategic partner (a trusted-advisor relationship that opens the broadest range of projects, reduces selling costs and delivers greater value to the customer). That each stage needs a different offering and account team is the library\'s reading.',
    BMM_2009, FLASHCARDS),
  'share-of-wallet': c('portfolio', 'Share of customer\'s business', 'suggested',
    'The supplier\'s sales to a customer in a category and period divided by the customer\'s total purchases in that category and period, a value in [0, 1].',
    BMM_2009, FLASHCARDS),

  // ── 2. Buyer uncertainties and abilities ────────────────────────────────────
  'need-uncertainty': c('uncertainty', 'Need uncertainty', 'read',
    'The customer struggles to interpret the exact nature and importance of what it buys: what it needs and which solution would meet the need. It grows with the novelty and technical complexity of the purchase.',
    HJW_1977, FORD_2003, FLASHCARDS),
  'market-uncertainty': c('uncertainty', 'Market uncertainty', 'read',
    'Suppliers differ in quality and service and the supply market keeps changing, so it is hard to know the alternatives and to choose the right one at the right time.',
    HJW_1977, FORD_2003, FLASHCARDS),
  'transaction-uncertainty': c('uncertainty', 'Transaction uncertainty', 'read',
    'The customer cannot predict how the transaction will turn out: whether it gets what it ordered, the right product at the right time, at the right location and for the right price.',
    HJW_1977, FORD_2003, FLASHCARDS),
  'buyer-abilities': c('uncertainty', 'Buyer abilities: demand and transfer', 'read',
    'The buyer company has two abilities, demand ability and transfer ability, beside its need, market and transaction uncertainties. The source names them without defining them: the library reads demand ability as the buyer\'s skill at specifying needs and drawing solutions from suppliers, and transfer ability as its capacity to absorb the delivery (logistics, scheduling, integration).',
    FORD_2003, FLASHCARDS),
  'supplier-abilities': c('uncertainty', 'Supplier abilities', 'unverified',
    'A supplier needs to understand its customers\' uncertainties. Its problem-solving ability matters for customers with complex problems and high need uncertainty; its transfer ability matters for customers with high transaction uncertainty and tends to matter more as need and market uncertainty fall. The flashcards list these two abilities on the seller\'s side; what each matters for is textbook synthesis after Ford et al., not checked against the book.',
    FORD_2003, FLASHCARDS),
  'seller-uncertainties': c('uncertainty', 'Seller uncertainties: capacity, application, transaction', 'unverified',
    'The seller faces uncertainties of its own, mirroring the buyer\'s need, market and transaction uncertainties: capacity uncertainty (whether its sales will fill its capacity), application uncertainty (how customers will use its offering) and transaction uncertainty. The flashcards list capacity, application and transaction uncertainties on the seller\'s side; the meanings of capacity and application follow Ford et al., not checked against the book.',
    FORD_2003, FLASHCARDS),
  'buying-strategy': c('buying-strategy', 'Buying strategy from uncertainty', 'unverified',
    'The dominant uncertainty shapes the buying strategy: high need uncertainty favours few suppliers and close relationships; high market uncertainty favours many suppliers and arm\'s-length relationships; for high transaction uncertainty the source gives two answers, many suppliers at arm\'s length or few suppliers in close relationships, so the choice is a policy. Early supplier involvement, multiple sourcing, single or local suppliers, and price-driven arm\'s-length buying when all uncertainties are low come from textbook synthesis, not checked against Håkansson et al.',
    HJW_1977, FORD_2003, FLASHCARDS),
  'purchase-risk': c('buying-strategy', 'Purchase risk', 'unverified',
    'Higher purchase risk brings more decision makers into the buying centre, makes price matter less, increases information search and favours collaboration with the supplier. Read on a teaching page on the business buying process; its attribution to Håkansson et al. (1977) is not verified.',
    HJW_1977),

  // ── 3. Loyalty, portfolio, networks ─────────────────────────────────────────
  'loyalty-ladder': c('loyalty', 'Loyalty ladder', 'read',
    'Eight rungs of business-customer loyalty, lowest first: cynic (will not buy), skeptic (could be persuaded), switcher (buys when the price is right), bundle buyer, relationship investor, expansion seeker, enthusiastic advocate, and premium payer.',
    NARAYANDAS_2005, FLASHCARDS),
  'loyalty-benefits': c('loyalty', 'Benefit types', 'read',
    'The benefits a business customer receives form a 2x2 of financial or non-financial and tangible or intangible; each maps to a role in the buying firm.',
    NARAYANDAS_2005),
  'ladder-migration': c('loyalty', 'Migrating customers up the ladder', 'unverified',
    'List the customer-management activities each rung needs, quantify the benefits at each rung relative to its neighbours, estimate the cost of moving a customer between rungs, map where each customer stands, and find the root cause for stuck accounts. The rule that a move pays when the discounted gain in benefit over the horizon exceeds its one-off cost is the library\'s own, not read in a source.',
    NARAYANDAS_2005, FLASHCARDS),
  'customer-portfolio-matrix': c('portfolio', 'Loyalty x customer-management effort matrix', 'read',
    'Customers placed by their position on the loyalty ladder against the seller\'s customer-management effort (cost to serve): switchers (low loyalty, low effort), most valuable customers (high loyalty, low effort), undesirable customers (low loyalty, high effort) and partners (high loyalty, high effort). Undesirable customers are created when suppliers mismanage switchers; partners are expensive to serve but the returns usually justify the effort; most valuable customers are as loyal as partners and act as advocates and reference accounts. Other summaries of the article label the grid differently; the original exhibit was not seen.',
    NARAYANDAS_2005, FLASHCARDS),
  'customer-profitability': c('portfolio', 'Customer profitability', 'suggested',
    'Revenue from a customer less the cost of goods and the cost of serving it; the basis of portfolio decisions.',
    NARAYANDAS_2005, REINARTZ_KUMAR_2002),
  'reinartz-kumar-matrix': c('portfolio', 'Profitability x tenure matrix', 'read',
    'Butterflies (profitable, short-term), true friends (profitable, long-term), strangers (unprofitable, short-term) and barnacles (unprofitable, long-term), each with its own treatment; loyalty and profitability correlate only weakly (0.20 to 0.45).',
    REINARTZ_KUMAR_2002),
  'ara-model': c('network', 'Actors-activities-resources model', 'read',
    'Business relationships have three layers: actor bonds, activity links and resource ties. Actors set resources in motion through activities, resources limit which activities are possible, and activity links and resource ties develop only where actor bonds exist.',
    s('Håkansson, H.; Snehota, I.', 1995, 'Developing Relationships in Business Networks')),
  'relationship-intensity': c('network', 'Relationship intensity', 'read',
    'The intensity of a relationship graded on activity coordination, resource adaptation and interaction intensity.',
    s('Gadde, L.-E.; Snehota, I.', 2000, 'Making the most of supplier relationships, Industrial Marketing Management 29(4)')),

  // ── 4. Reacquisition ────────────────────────────────────────────────────────
  'regain-management': c('reacquisition', 'Regain management', 'read',
    'Managing customers who have given notice or whose relationship has ended: regain analysis, regain actions and regain controlling, with dialogues and offers that vary by lost-customer segment.',
    STAUSS_FRIEGE_1999),
  'lost-customer-segments': c('reacquisition', 'Lost-customer segments', 'unverified',
    'Lost customers segmented by why they left: intentionally pushed away, unintentionally pushed away, pulled away, bought away and moved away. The labels are commonly attributed to Stauss and Friege.',
    STAUSS_FRIEGE_1999),
  'second-lifetime-value': c('reacquisition', 'Second lifetime value', 'read',
    'The discounted margin a regained customer is expected to bring in its second lifetime, counted only after reacquisition; it decides which lost customers are worth regaining.',
    STAUSS_FRIEGE_1999, s('Thomas, J. S.; Blattberg, R. C.; Fox, E. J.', 2004, 'Recapturing Lost Customers, Journal of Marketing Research 41(1)')),
  'regain-profit': c('reacquisition', 'Regain profit', 'suggested',
    'The profit of a regain programme over segments: regained customers times their second lifetime value, less dialogue costs, offer costs and the fixed analysis cost. A segment is worth targeting only if its term is positive.',
    STAUSS_FRIEGE_1999),
  'win-back-offer': c('reacquisition', 'Win-back offer type', 'read',
    'A price discount plus a service upgrade reacquires the most customers but gives the shortest and least profitable second lifetime; a service upgrade alone gives the longest; a price discount alone comes second on duration. Customers lost over service return less often and stay more briefly but spend more per month.',
    KUMAR_2015),
  'win-back-offer-value': c('reacquisition', 'Value of a win-back offer', 'read',
    'Win-back offers must account for why the customer left and its relationship with the new provider; the offer\'s value (price and service benefits), social capital and service importance drive switch-back intention.',
    s('Tokman, M.; Davis, L. M.; Lemon, K. N.', 2007, 'The WOW factor: Creating value through win-back offers to reacquire lost customers, Journal of Retailing 83(1)')),
  'reacquisition-process': c('reacquisition', 'Four-step reacquisition process', 'read',
    'A sales process to regain B2B customers: segment lost customers, assess reasons for loss, develop reacquisition activities, implement reacquisition strategies; taking the customer\'s view of fairness lets the firm recover the relationship fairly and ethically.',
    LIU_2015),
  'reacquisition-opportunity': c('reacquisition', 'Reacquisition opportunity', 'unverified',
    'Salespeople judge reacquisition opportunities on ease of reacquisition (barriers, remaining relationships, own value-adding capabilities) and customer value (account size, profitability, market influence, cross-selling potential). Read in a copy that did not show its authors or title; the attribution is not verified.',
    s('Leach, M. P.; Liu, A. H. (attribution likely, not verified)', null, 'Reacquisition opportunity assessment (50 B2B salespeople), Industrial Marketing Management (title not verified)')),
  'win-back-coping': c('reacquisition', 'Coping in win-back', 'read',
    'Problem-focused coping and proactive responses raise win-back success; emotion-focused coping and reactive responses lower it.',
    s('Liu, A. H.; Chugh, R.; Gould, A. N.', 2016, 'Working smart to win back lost customers, European Journal of Marketing')),
  'justice-perceptions': c('reacquisition', 'Distributive, procedural and interactional justice', 'read',
    'Perceived distributive (fair outcome), procedural (fair process) and interactional (fair treatment) justice of revival activities raise revival-specific satisfaction, which drives revival performance (equity theory).',
    s('Homburg, C.; Hoyer, W. D.; Stock, R. M.', 2007, 'How to get lost customers back?, Journal of the Academy of Marketing Science 35(4)'), LIU_2015),

  // ── 5. Interpersonal development ────────────────────────────────────────────
  'social-penetration-phases': c('development', 'Interpersonal B2B relationship phases', 'read',
    'Relationships develop through continual evaluation of relational costs and rewards plus self-disclosure and business disclosure: becoming business partners (general, general), collaborative partners (strategic, personal life), collaborative and personal partners (synergistic, private). Rewards shift from business-related to relational.',
    s('Koponen, J.; Julkunen, S.', 2022, 'Development of long-term B2B customer relationships: the role of self-disclosure and relational cost/benefit evaluation, European Journal of Marketing 56(13)')),
  'intercultural-relationship-development': c('development', 'Intercultural relationship development', 'read',
    'Identity management theory phases trial, enmeshment and renegotiation: with low cultural diversity relationships reached trial and enmeshment; with high diversity they sometimes went on to renegotiation. The salesperson\'s cultural intelligence helps development.',
    s('Koponen, J.; Julkunen, S.; Gabrielsson, M.; Pullins, E. B.', 2021, 'An intercultural, interpersonal relationship development framework, International Marketing Review 38(6)')),
  'social-presence-chat': c('development', 'Social presence in B2B chat', 'read',
    'Buyers show social presence in chat through interactive, affective and relationship-maintenance responses; only existing customers give relationship-maintenance responses, and chat functions shift with the relationship stage.',
    s('Koponen, J.; Rytsy, S.', 2020, 'Social presence and e-commerce B2B chat functions, European Journal of Marketing 54(6)')),
  'relationship-development-phases': c('development', 'Buyer-seller relationship development phases', 'unverified',
    'Company-level phases awareness, exploration, expansion, commitment and dissolution (possible from any phase).',
    s('Dwyer, F. R.; Schurr, P. H.; Oh, S.', 1987, 'Developing Buyer-Seller Relationships, Journal of Marketing 51(2)')),

  // ── 6. Post-sales ───────────────────────────────────────────────────────────
  'proactive-post-sales-service': c('post-sales', 'Proactive post-sales service', 'read',
    'After the sale the supplier identifies potential problems itself and acts before the customer notices them, using data and technology to foresee changes in the customer\'s needs and difficulties. It needs data-analysis capability, a service mindset and resources, and can meet resistance where sales and service processes are rigid.',
    POST_SALES_REVIEW),
  'key-account-management': c('post-sales', 'Key (strategic) account management', 'read',
    'A relational capability with dedicated people for selected strategic, high-value accounts, aimed at long-term partnership, stable revenue and market influence at a high cost in people and resources: account portfolio definition, account business planning, account-specific value proposition, account management process, plus organisational integration, support capabilities, performance management and team skills.',
    POST_SALES_REVIEW,
    s('Storbacka, K.', 2012, 'Strategic account management programs: alignment of design elements and management practices, Journal of Business & Industrial Marketing 27(4)')),
  'customer-success-management': c('post-sales', 'Customer success management', 'read',
    'Proactive relational engagement so that the customer realises the offering\'s value potential, coordinated by a customer success manager or team and steered by leading indicators such as health scores.',
    POST_SALES_REVIEW,
    s('Hochstein, B.; Rangarajan, D.; Mehta, N.; Kocher, D.', 2020, 'An industry/academic perspective on customer success management, Journal of Service Research 23(1)'),
    s('Hilton, B.; Hajihashemi, B.; Henderson, C. M.; Palmatier, R. W.', 2020, 'Customer Success Management: The next evolution in customer management practice?, Industrial Marketing Management 90'),
    s('Eggert, A.; Ulaga, W.; Gehring, A.', 2020, 'Managing customer success in business markets, SMR – Journal of Service Management Research 4(2-3), 121-132')),
  'value-based-customer-management': c('post-sales', 'Value-based customer management roles', 'read',
    'Value-based selling creates the expected value proposition, customer success management manages value realisation, and key account management builds long-term strategic relationships; blurred boundaries cause conflict between units.',
    s('Authors not shown in the copy read', null, 'Untangling value-based customer management approaches in business markets (journal not shown)'), POST_SALES_REVIEW),

  // ── 7. Engagement ───────────────────────────────────────────────────────────
  'regulatory-focus': c('engagement', 'Regulatory focus', 'read',
    'A promotion focus pursues gains and aspirations; a prevention focus pursues safety, duties and avoiding losses. Regulatory fit, goal pursuit that matches one\'s focus, raises motivation.',
    s('Higgins, E. T.', 1997, 'Beyond pleasure and pain, American Psychologist 52(12)'), CE_CHAPTER),
  'informed-customer-avoidance': c('engagement', 'Informed customers avoid sales interactions', 'read',
    'Customers well informed by online research develop a stronger prevention focus and avoid sales interactions to keep control; the effect weakens when salespeople give currently available rather than additional information.',
    s('Li, Geng, Chang & Ning', 2023, 'Psychology & Marketing'), CE_CHAPTER),
  'knowledge-broker': c('engagement', 'Salesperson as knowledge broker', 'unverified',
    'Selling-related knowledge, adaptiveness and cognitive aptitude drive sales performance, and in a knowledge-intensive economy salespeople act as knowledge brokers between customer and supplier: a meta-analysis read on a secondary page, whose attribution to Verbeke et al. is not verified. The customer-engagement chapter proposes how a salesperson in this knowledge-broker role can answer highly engaged, informed customers, based on regulatory focus theory.',
    s('Verbeke, W.; Dietz, B.; Verwaal, E. (attribution not verified)', 2011, 'Drivers of sales performance: a contemporary meta-analysis, Journal of the Academy of Marketing Science 39(3)'), CE_CHAPTER),
  'decision-progress': c('engagement', 'Decision progress at first sales contact', 'read',
    'Customers are often well through their purchase decision before they contact a salesperson: the customer-engagement chapter has them enter sales interactions 57 to 70% of the way through the decision, citing Microsoft (2015); CEB said close to 60%. The figure is an average that hides wide variation, and complex, ill-defined needs bring sellers in earlier.',
    CE_CHAPTER, MICROSOFT_2015, CEB_2012),

  // ── Evidence from records ───────────────────────────────────────────────────
  'customer-alive': c('evidence', 'Is the customer still alive?', 'unverified',
    'In non-contractual buying a customer stops ordering without notice. Whether it is still alive is inferred from its repeat purchases and the time of its last one, against its own buying rhythm (Pareto/NBD, BG/NBD, MBG/NBD).',
    s('Schmittlein, D. C.; Morrison, D. G.; Colombo, R.', 1987, 'Counting Your Customers, Management Science 33(1)'),
    s('Fader, P. S.; Hardie, B. G. S.; Lee, K. L.', 2005, '"Counting Your Customers" the Easy Way, Marketing Science 24(2)'),
    s('Batislam, E. P.; Denizel, M.; Filiztekin, A.', 2007, 'Empirical validation and comparison of models for customer base analysis, IJRM 24(3)')),
  'records-evidence': c('evidence', 'Inputs derived from CRM records', 'suggested',
    'The library\'s own mapping from orders, opportunities, tickets and activities to the inputs of its modules; every scale is a policy default.',
    s('b2b-relationships', null, 'The library\'s own operationalisation; see defaultEvidencePolicy')),

  // ── Calibration ──────────────────────────────────────────────────────────────
  'score-evaluation': c('calibration', 'How well a score predicts an outcome', 'unverified',
    'Discrimination and calibration of a probability score against observed binary outcomes: the area under the ROC curve (the Mann-Whitney statistic, ties counted half), the Brier score (mean squared error of the probability), the log loss, a reliability table of predicted against observed rates by score bin, and the lift of the top bin over the base rate. Standard statistics, cited from general knowledge: the cited works were not read.',
    s('Hanley, J. A.; McNeil, B. J.', 1982, 'The meaning and use of the area under a receiver operating characteristic (ROC) curve, Radiology 143(1)'),
    s('Brier, G. W.', 1950, 'Verification of forecasts expressed in terms of probability, Monthly Weather Review 78(1)')),
  'probability-calibration': c('calibration', 'Calibrating a risk on labelled history', 'unverified',
    'A model\'s risk is made to match observed frequencies by fitting a monotone map from the model\'s score to the probability of the outcome on labelled history (Platt scaling: a logistic regression on the score), with held-out data to show overfitting. Standard statistics, cited from general knowledge: the cited works were not read.',
    s('Platt, J. C.', 1999, 'Probabilistic outputs for support vector machines and comparisons to regularized likelihood methods, Advances in Large Margin Classifiers'),
    s('Niculescu-Mizil, A.; Caruana, R.', 2005, 'Predicting good probabilities with supervised learning, ICML')),
  'beta-binomial-update': c('calibration', 'Updating a rate with the user\'s own outcomes', 'unverified',
    'A rate known from the literature is a Beta prior with a stated strength in pseudo-cases; n observed cases with k successes give the posterior mean (prior × strength + k) / (strength + n): few cases move it a little, many move it to the data. Standard statistics, cited from general knowledge: the cited works were not read.',
    s('Gelman, A.; Carlin, J. B.; Stern, H. S.; Dunson, D. B.; Vehtari, A.; Rubin, D. B.', 2013, 'Bayesian Data Analysis, 3rd ed., ch. 2')),
  'sign-constrained-weights': c('calibration', 'Fitting weights that keep the literature\'s signs', 'suggested',
    'The weights of an indicator score are refitted to outcomes by a logistic regression with a ridge penalty toward the current weights, each weight kept on the side of zero the literature gives it (it may shrink to zero, never flip): the library\'s own procedure.',
    s('Hoerl, A. E.; Kennard, R. W.', 1970, 'Ridge regression: biased estimation for nonorthogonal problems, Technometrics 12(1)'),
    s('b2b-relationships', null, 'The library\'s own operationalisation; see defaultCalibrationPolicy')),
  'recommendation-backtest': c('calibration', 'Backtesting recommendations', 'suggested',
    'Expected values of past recommendations are compared with the values realised per action type (mean error, share of positive outcomes), so that a user sees which actions the model over- or under-values: the library\'s own procedure.',
    s('b2b-relationships', null, 'The library\'s own operationalisation; see backtestRecommendations')),

  // ── Account aggregate (the library's own) ───────────────────────────────────
  'account-assessment': c('account', 'Account assessment and expected-value ranking', 'suggested',
    'The library\'s own synthesis: one account is assessed with every module whose inputs it carries, and the actions the literature indicates (flaring out, moving up the loyalty ladder, repricing an undesirable customer, growing share of wallet, winning back a lost customer) are ranked by their expected value, discounted over a horizon and net of known costs. Where a money figure is missing, a documented policy rate estimates it.',
    s('b2b-relationships', null, 'The library\'s own operationalisation; see the account module\'s defaultAccountPolicy')),
} as const satisfies Record<string, Concept>);

/**
 * The id of a concept in {@link CONCEPTS}, in kebab-case.
 */
export type ConceptId = keyof typeof CONCEPTS;

/**
 * Every concept id, in catalogue order.
 *
 * @example
 * ```ts
 * import { CONCEPT_IDS } from 'b2b-relationships/core';
 * CONCEPT_IDS.includes('loyalty-ladder'); //=> true
 * ```
 */
export const CONCEPT_IDS: readonly ConceptId[] = Object.freeze(Object.keys(CONCEPTS) as ConceptId[]);
