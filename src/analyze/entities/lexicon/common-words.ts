/**
 * Words that open sentences and fill headlines with a capital but name nothing. A capitalised
 * word that is one of these, at a sentence start or in a headline, is not read as a name unless
 * a lexicon knows it. Lower case, curated from news copy; not exhaustive — the detector also
 * treats any word the report itself writes in lower case as a common word.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against ago ahead all almost alone along already also
although always am amid among amongst an and another any anyone anything are around as at back be because been
before behind being below beneath beside besides between beyond both but by can cannot could despite did do does
doing done down during each early earlier either else elsewhere enough even ever every everyone everything
except few first for former from further had has have having he her here hers herself him himself his how however
i if in inside instead into is it its itself just last late later latest least less like many may maybe me
meanwhile might more moreover most mostly much must my myself near nearly neither never nevertheless new next no
none nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves out
outside over own perhaps please rather really same second several she should since so some someone something
sometimes soon still such than that the their theirs them themselves then there thereby therefore these they
third this those though through throughout thus to today together tomorrow tonight too toward towards under
unless unlike until up upon us very via was we well were what whatever when whenever where whereas wherever
whether which while who whoever whole whom whose why will with within without would yes yesterday yet you your
yours yourself yourselves
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december spring summer autumn fall winter christmas easter
breaking update updated exclusive live watch read listen video videos photo photos opinion analysis editorial
comment comments news report reports reporting source sources related latest more share follow subscribe
sign advertisement sponsored contents content top home world politics business sport sports culture
attack attacks attacked strike strikes struck drone drones missile missiles explosion explosions blast fire fires
war wars conflict army police troops forces military defense defence air sirens siren officials official
residents witnesses authorities government leaders leader president minister mayor governor spokesman
experts analysts critics observers diplomats people citizens civilians soldiers
says said say tells told warns warned threatens threatened claims claimed reports reported confirms confirmed
denies denied vows vowed hits hit kills killed injures injured destroys destroyed targets targeted
massive huge major minor big small great good bad high low long short full final key clear certain possible
unprecedented dangerous new old young chaos inferno flames phase shift question escalation response message
gone several dozens hundreds thousands millions
western eastern northern southern central global international national local regional federal domestic foreign
mr mrs ms dr sir madam
catholic orthodox christian christians muslim muslims jewish islamic democrat democrats republican republicans
communist socialist liberal conservative soviet nazi allied allies coalition
daily weekly monthly annual yearly horoscope horoscopes
it’s that’s there’s what’s here’s`.split(/\s+/),
);
