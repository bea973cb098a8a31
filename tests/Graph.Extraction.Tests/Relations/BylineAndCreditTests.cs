using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Bylines tie reporters to their outlet; photo credits tie no one in the caption to the agency.</summary>
public sealed class BylineAndCreditTests
{
    [Fact]
    public void ABylineWithTheOutletOnTheSameLineTiesEachReporter()
    {
        var graph = Extraction.Of("Talks resume\n\nBy Ada Quist and Ivo Stern, USA TODAY\n\nTalks resumed in Seoul on Monday, officials said.");
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ada Quist", "USA Today"));
        Assert.True(graph.HasRelation(RelationType.AffiliatedWith, "Ivo Stern", "USA Today"));
    }

    [Fact]
    public void APhotoCreditIsNotTheCaptionSubjectsEmployer()
    {
        var graph = Extraction.Of("Talks resume\n\nLena Varga Mos/AP President Carl Brannock speaks in Washington.\n\nBrannock said the talks would resume.");
        Assert.DoesNotContain(graph.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == graph.Named("Carl Brannock").Id);
    }
}
