using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// A method that stores what it is given in an undeclared member of its own object and then writes the whole object
/// out (<c>{@Self}</c>, a record's <c>ToString</c>): the object carries the stored value, so a helper's summary says its
/// parameter reaches the sink through <c>this</c> and the caller's argument is reported. Only members the view writes
/// count (public properties when destructured; a record's public members when printed; nothing of a class's ToString).
/// </summary>
public sealed class HelperOwnObjectTests
{
    [Fact]
    public Task Helper_StoresArgumentThenDestructuresItself_ReportedAtCallSite() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            public Sorter(ILogger l) { this.l = l; }
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; l.LogInformation("{@Sorter}", this); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember({|#0:c.Email|});
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → Sorter.Remember() → Sorter.Label → ILogger.LogInformation"));

    [Fact]
    public Task Helper_StoresArgumentThenHandsItselfToADestructuringHelper_ReportedAtCallSite() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            public Sorter(ILogger l) { this.l = l; }
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; Dump(this); }
            private void Dump(Sorter s) => l.LogInformation("{@Sorter}", s);
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember({|PII0101:c.Email|});
        }
        """);

    [Fact]
    public Task RecordHelper_StoresArgumentThenPrintsItself_ReportedAtCallSite() => VerifyAsync("""
        public record Sorter(ILogger L)
        {
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; L.LogInformation("{Me}", this); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember({|PII0101:c.Email|});
        }
        """);

    [Fact]
    public Task RecordHelper_StoresArgumentThenInterpolatesItself_ReportedAtCallSite() => VerifyAsync("""
        public record Sorter(ILogger L)
        {
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; L.LogInformation($"state {this}"); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember({|PII0101:c.Email|});
        }
        """);

    [Fact]
    public Task Helper_StoresArgumentThenSerializesItselfIntoTheLog_ReportedAtCallSite() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            public Sorter(ILogger l) { this.l = l; }
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; l.LogInformation(System.Text.Json.JsonSerializer.Serialize(this)); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember({|#0:c.Email|});
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → Sorter.Remember() → Sorter.Label → ILogger.LogInformation"));

    // A holder type's own code: the relevance filter walks it (its own data reaches the sink statement through `this`),
    // and what it stored (Holder = c.Name) is written along with its declared members.
    [Fact]
    public Task HolderOwnCode_StoresDeclaredDataThenDestructuresItself_StoredValueReportedAtThis() => VerifyAsync("""
        public class Card
        {
            private readonly ILogger l;
            public Card(ILogger l) { this.l = l; }
            [Pii(Category.Payment, Purpose = Purpose.Payment)]
            public string Number { get; set; } = "";
            public string Holder { get; set; } = "";
            public void Fill(Customer c) { Holder = c.Name; l.LogInformation("{@Card}", {|#0:this|}); }
        }
        """,
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("Customer.Name and Number", "Name, Payment", "Card", "ILogger.LogInformation", "Customer.Name → Card.Holder → ILogger.LogInformation"));

    // A type that declares nothing: once a statement of the body reads data, `this` may carry it (the relevance filter's
    // statement check lets the object carry, as for a helper's parameters), so the body is walked.
    [Fact]
    public Task OrdinaryType_StoresDeclaredDataThenDestructuresItself_Reported() => VerifyAsync("""
        public class Slip
        {
            private readonly ILogger l;
            public Slip(ILogger l) { this.l = l; }
            public string Holder { get; set; } = "";
            public void Fill(Customer c) { Holder = c.Name; this.l.LogInformation("{@Slip}", {|#0:this|}); }
            public void Plain(Customer c) { var known = c.Name.Length > 0; this.l.LogInformation("{@Slip}", this); }
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Name", "Name", "ILogger.LogInformation", "Customer.Name → Slip.Holder → ILogger.LogInformation"));

    [Fact]
    public Task Helper_DestructuresItselfWithoutStoringTheArgument_NotReported() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            public Sorter(ILogger l) { this.l = l; }
            public string Label { get; set; } = "";
            public void Remember(string a) { var copy = a; l.LogInformation("{@Sorter}", this); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember(c.Email);
        }
        """);

    [Fact]
    public Task Helper_StoredValueOverwrittenClean_NotReported() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            public Sorter(ILogger l) { this.l = l; }
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; Label = "hidden"; l.LogInformation("{@Sorter}", this); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember(c.Email);
        }
        """);

    [Fact]
    public Task Helper_StoresArgumentInAPrivateField_DestructuringDoesNotWriteIt_NotReported() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            private string label = "";
            public Sorter(ILogger l) { this.l = l; }
            public int Count { get; set; }
            public void Remember(string a) { label = a; l.LogInformation("{@Sorter}", this); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember(c.Email);
        }
        """);

    [Fact]
    public Task ClassHelper_StoresArgumentThenPrintsItself_ToStringIsTheTypeName_NotReported() => VerifyAsync("""
        public class Sorter
        {
            private readonly ILogger l;
            public Sorter(ILogger l) { this.l = l; }
            public string Label { get; set; } = "";
            public void Remember(string a) { Label = a; l.LogInformation("{Me}", this); }
        }

        public class Use
        {
            public void Run(Customer c, Sorter s) => s.Remember(c.Email);
        }
        """);
}
