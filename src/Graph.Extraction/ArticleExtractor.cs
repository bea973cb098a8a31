using Graph.Core.Model;
using Graph.Extraction.Attribution;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Relations;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>
/// The rule-based extractor: segment → recognise → resolve → attribute → relate. Word lists are loaded once in the
/// constructor and only read afterwards, so one instance can serve many threads.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly WordLists words;
    private readonly Segmenter segmenter;
    private readonly OutletDetector outlets;
    private readonly MentionRecognizer recognizer;
    private readonly OrganizationContext organizationContext;
    private readonly EntityResolver resolver;
    private readonly CoreferenceResolver coreference;
    private readonly QuoteAttributor attributor;
    private readonly LeaderFinder leaders;
    private readonly AffiliationFinder affiliations;
    private readonly MeetingFinder meetings;
    private readonly PartyFinder parties;
    private readonly PostFinder posts;
    private readonly HomeInstitutions homeInstitutions;

    public ArticleExtractor()
    {
        words = new WordLists();
        segmenter = new Segmenter(words.Tokenizer, words.SpeechVerbs);
        outlets = new OutletDetector(words);
        recognizer = new MentionRecognizer(words);
        organizationContext = new OrganizationContext(words.OrganizationKinds, words.RoleNouns, words.SpeechVerbs, words.OrganizationHeads);
        resolver = new EntityResolver(words);
        coreference = new CoreferenceResolver(words);
        attributor = new QuoteAttributor(words);
        leaders = new LeaderFinder(words);
        affiliations = new AffiliationFinder(words.RoleNouns, words.SpeechVerbs, new PartyPortfolio(words.Parties));
        meetings = new MeetingFinder(words);
        parties = new PartyFinder(words);
        posts = new PostFinder(words);
        homeInstitutions = new HomeInstitutions(words);
    }

    public int Version => 14;

    public ArticleGraph Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var doc = segmenter.Segment(article.Text);
        var outlet = outlets.Detect(doc);
        var skip = outlet?.Mention?.Characters ?? default;
        var mentions = recognizer.Recognize(doc, skip);
        if (outlet?.Mention is { } masthead)
        {
            mentions.Insert(0, masthead);
        }
        organizationContext.Apply(doc, mentions);
        var resolved = resolver.Resolve(doc, mentions);
        coreference.Resolve(doc, mentions, resolved);
        var quotes = attributor.Attribute(resolved);
        var relations = leaders.Find(resolved).Concat(affiliations.Find(resolved)).Concat(parties.Find(resolved)).Concat(posts.Find(resolved)).Concat(meetings.Find(resolved)).ToList();
        homeInstitutions.Apply(resolved); // after the party finder has added the parties the text names only by their member words
        return GraphAssembler.Assemble(article, outlet?.Outlet.Name, resolved, relations, quotes);
    }
}
