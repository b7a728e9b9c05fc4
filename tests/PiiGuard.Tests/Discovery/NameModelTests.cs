namespace PiiGuard.Tests.Discovery;

using System.IO;
using System.Threading.Tasks;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Analyzers.Model;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Discovery.PiiDiscoveryAnalyzer>;

/// <summary>
/// Discovery's learned second opinion (<see cref="NameModel"/>): what it adds to what the rules leave alone, where it is not
/// asked, that it never overrules the rules or the attributes, and that the tables it ships are the ones its trainer writes
/// from the labelled sets. Its measured effect on sets it was not trained on is in docs/discovery.md ("The learned second
/// opinion").
/// </summary>
public sealed class NameModelTests
{
    [Fact]
    public void ShippedTables_AreWhatTheTrainerWritesFromTheLabelledSets()
    {
        var rows = NameModelTraining.Load(RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", "real"));
        var (personal, category, _) = NameModelTraining.Tables(rows);
        var dir = RepoPaths.Combine("src", "PiiGuard.Analyzers", "Discovery");

        // When a labelled set is added or changed: dotnet run -c Release --project bench/discovery/name-model -- train
        Assert.True(personal == File.ReadAllText(Path.Combine(dir, "NameModel.personal.tsv")), "NameModel.personal.tsv is stale: retrain (bench/discovery/name-model)");
        Assert.True(category == File.ReadAllText(Path.Combine(dir, "NameModel.category.tsv")), "NameModel.category.tsv is stale: retrain (bench/discovery/name-model)");
    }

    [Fact]
    public void Tables_AreEmbedded_AndEveryMemberGetsAProbability()
    {
        Assert.NotNull(NameModel.Probability("Customer", "Email", "string"));
        Assert.InRange(NameModel.Probability(string.Empty, string.Empty, null)!.Value, 0.0, 1.0);
        Assert.InRange(NameModel.Probability("Ünïcödé", "ñamé\u200b", "(string A, int B)")!.Value, 0.0, 1.0);
    }

    [Theory]
    [InlineData("IPAddress", "ip address")]
    [InlineData("cust_email2", "cust email")]
    [InlineData("HTMLParser", "html parser")]
    [InlineData("firstName", "first name")]
    [InlineData("SSN", "ssn")]
    [InlineData("___", "___")]
    [InlineData("", "")]
    public void Words_SplitAtHumpsAndAtAnythingNotALetter(string name, string words) =>
        Assert.Equal(words, string.Join(' ', NameModel.Words(name)));

    [Fact]
    public void Adds_WhatTheRulesLeaveAlone_OnlyWhenVerySure()
    {
        // A period tracker's cycle log: its phase is a health fact, which no rule names.
        Assert.Null(PiiNameClassifier.Classify("CycleLog", "Phase", "string"));
        Assert.True(NameModel.Probability("CycleLog", "Phase", "string") >= NameModel.AddAt);
        Assert.Equal(Category.Health, NameModel.Add("CycleLog", "Phase", "string"));

        // A yacht guest's excursion: likely, not sure enough.
        Assert.InRange(NameModel.Probability("YachtGuest", "Excursion", "string")!.Value, 0.5, NameModel.AddAt);
        Assert.Null(NameModel.Add("YachtGuest", "Excursion", "string"));

        // A product's name: the model is sure it is no one's.
        Assert.True(NameModel.Probability("Product", "Name", "string") < 0.5);
        Assert.Null(NameModel.Add("Product", "Name", "string"));
    }

    [Fact]
    public void NeverAdds_InAContainerTheRulesKnowHoldsThings()
    {
        // A file's full name is a path: the model, which reads "full name", is sure it is a person's, the rules know better.
        Assert.True(NameModel.Probability("FileSystemMetadata", "FullName", "string") >= NameModel.AddAt);
        Assert.False(NameModel.HasOpinion("FileSystemMetadata", "string"));
        Assert.Null(NameModel.Add("FileSystemMetadata", "FullName", "string"));
    }

    [Fact]
    public void NeverAdds_ATypeWithoutAValueOfItsOwn()
    {
        // A model, a service, a key hold no value of their own, whatever the name says (PiiNameClassifier.TypeFacts).
        Assert.Null(NameModel.Add("CycleLog", "Phase", "CycleLogDto"));
        Assert.Null(NameModel.Add("CycleLog", "Phase", "Guid"));
        Assert.Null(NameModel.Add("CycleLog", "Phase", "IPhaseService"));
    }

    [Fact]
    public void AddsWithAny_AsksEachTypeTheSyntaxMayMean()
    {
        // Audit mode's relevance gate sees `string Phase` as no type at all: it asks for each predefined kind it may be.
        Assert.True(NameModel.AddsWithAny("CycleLog", "Phase", new[] { "int", "string" }));
        Assert.False(NameModel.AddsWithAny("CycleLog", "Phase", new[] { "CycleLogDto", "Guid" }));
        Assert.False(NameModel.AddsWithAny("FileSystemMetadata", "FullName", new[] { "string" }));
        Assert.False(NameModel.AddsWithAny("CycleLog", "Phase", System.Array.Empty<string>()));
    }

    [Fact]
    public void Decide_NeverOverrulesTheRulesOrTheAttributes()
    {
        // The rules' answer stands even where the model is sure it is wrong (a session's remote end point: the rules know it
        // is an IP address, the model does not).
        Assert.True(NameModel.Probability("SessionInfo", "RemoteEndPoint", "string") < 0.2);
        Assert.Equal(Category.IpAddress, NameModel.Decide(Category.IpAddress, "SessionInfo", "RemoteEndPoint", "string", () => null));

        // Where the name says nothing, the attributes answer before the model ([DataType(DataType.…)], [Display(Name = …)]).
        Assert.Equal(Category.Behavior, NameModel.Decide(null, "CycleLog", "Phase", "string", () => Category.Behavior));
        Assert.Equal(Category.Health, NameModel.Decide(null, "CycleLog", "Phase", "string", () => null));
        Assert.Null(NameModel.Decide(null, "YachtGuest", "Excursion", "string", () => null));
    }

    [Fact]
    public Task Analyzer_SuggestsTheModelsAdditions() => Verify.VerifyAnalyzerAsync("""
        public class CycleLog
        {
            public int Id { get; set; }
            public string {|#0:Phase|} { get; set; } = "";
            public CycleLog? Previous { get; set; }
        }

        public class YachtGuest
        {
            public string Excursion { get; set; } = "";
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("CycleLog.Phase", "Health"));
}
