namespace PiiGuard.Tests.Discovery;

using System.IO;
using System.Threading.Tasks;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Analyzers.Model;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Discovery.PiiDiscoveryAnalyzer>;

/// <summary>
/// Discovery's learned second opinion (<see cref="NameModel"/>): what it adds to and removes from the rules' answers, what it
/// never second-guesses, and that the tables it ships are the ones its trainer writes from the labelled sets. Its measured
/// effect on sets it was not trained on is in docs/discovery.md ("The learned second opinion").
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
        Assert.True(NameModel.Probability("CycleLog", "Phase", "string") >= NameModel.AddAt);
        Assert.Equal(Category.Health, NameModel.Adjust(null, "CycleLog", "Phase", "string"));

        // A yacht guest's excursion: likely, not sure enough.
        Assert.InRange(NameModel.Probability("YachtGuest", "Excursion", "string")!.Value, 0.5, NameModel.AddAt);
        Assert.Null(NameModel.Adjust(null, "YachtGuest", "Excursion", "string"));
    }

    [Fact]
    public void Vetoes_ARulesAnswer_OnlyWhenVerySure()
    {
        // A mail settings' sender address is the system's, not a person's.
        Assert.True(NameModel.Probability("MailSettings", "FromEmail", "string") < NameModel.VetoBelow);
        Assert.Null(NameModel.Adjust(Category.Contact, "MailSettings", "FromEmail", "string"));

        // Not sure enough: the rules' answer stands.
        Assert.True(NameModel.Probability("Order", "Email", "string") >= NameModel.VetoBelow);
        Assert.Equal(Category.Contact, NameModel.Adjust(Category.Contact, "Order", "Email", "string"));
    }

    [Fact]
    public void NeverSecondGuesses_KnownNames_PersonalTypes_OrTypesWithoutAValue()
    {
        // A known name: the model thinks a session's remote end point is not personal, the rules know it is an IP address.
        Assert.True(NameModel.Probability("SessionInfo", "RemoteEndPoint", "string") < NameModel.VetoBelow);
        Assert.Equal(Category.IpAddress, NameModel.Adjust(Category.IpAddress, "SessionInfo", "RemoteEndPoint", "string"));

        // A type that is personal data whatever the name.
        Assert.True(NameModel.Probability("Invoice", "Recipient", "MailAddress") < NameModel.VetoBelow);
        Assert.Equal(Category.Contact, NameModel.Adjust(Category.Contact, "Invoice", "Recipient", "System.Net.Mail.MailAddress"));

        // A model, a service, a key: never added, whatever the name says.
        Assert.False(NameModel.HasOpinion(rulesFlag: false, "Phase", "CycleLogDto"));
        Assert.False(NameModel.HasOpinion(rulesFlag: false, "Phase", "Guid"));
        Assert.True(NameModel.HasOpinion(rulesFlag: false, "Phase", "string"));
    }

    [Fact]
    public void Decide_TheAttributesEvidence_IsNeverOverruled()
    {
        // A vetoed name falls back to what its attributes say ([EmailAddress]).
        Assert.Equal(Category.Contact, NameModel.Decide(Category.Contact, "MailSettings", "FromEmail", "string", () => Category.Contact));
        Assert.Null(NameModel.Decide(Category.Contact, "MailSettings", "FromEmail", "string", () => null));

        // Where the name says nothing, the attributes answer before the model.
        Assert.Equal(Category.Behavior, NameModel.Decide(null, "CycleLog", "Phase", "string", () => Category.Behavior));
        Assert.Equal(Category.Health, NameModel.Decide(null, "CycleLog", "Phase", "string", () => null));
    }

    [Fact]
    public Task Analyzer_SuggestsTheModelsAdditions_AndDropsItsVetoes() => Verify.VerifyAnalyzerAsync("""
        public class CycleLog
        {
            public int Id { get; set; }
            public string {|#0:Phase|} { get; set; } = "";
        }

        // A configuration history's old and new values: the rules read a salary's, the model knows better.
        public class SalaryConfigHistory
        {
            public string? OldValue { get; set; }
            public string? NewValue { get; set; }
        }

        // An invoice's recipient as a mail address: the type says it, whatever the model thinks of the name.
        public class Invoice
        {
            public System.Net.Mail.MailAddress? {|#1:Recipient|} { get; set; }
        }
        """,
        Verify.Diagnostic("PII0008").WithLocation(0).WithArguments("CycleLog.Phase", "Health"),
        Verify.Diagnostic("PII0008").WithLocation(1).WithArguments("Invoice.Recipient", "Contact"));
}
