using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>Issue 12, deliverable 4: the remaining C# constructs, each with a positive and a negative case.</summary>
public sealed class MoreConstructTests
{
    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(code);

    [Fact]
    public Task ExceptionFilter_LogsPersonalData_Reported() => VerifyAsync("""
        class Service
        {
            static bool Log(ILogger logger, string text) { logger.LogError("{Text}", text); return false; }

            void Run(ILogger logger, Customer c)
            {
                try { c.Name = ""; }
                catch (Exception) when (Log(logger, {|PII0101:c.Email|})) { }
                catch (InvalidOperationException e) when (e.Message.Length > 0) { logger.LogError("{Id}", c.Id); }
            }
        }
        """);

    [Fact]
    public Task GotoBackEdge_ValueAssignedAfterTheLabel_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, int n)
            {
                var text = "start";
            again:
                logger.LogInformation("{Text}", {|PII0101:text|});
                text = c.Email;
                if (--n > 0) goto again;
            }
        }
        """);

    [Fact]
    public Task GotoForward_CleanValue_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, int n)
            {
                var text = c.Email;
                if (n > 0) goto done;
                text = "x";
            done:
                text = "clean";
                logger.LogInformation("{Text}", text);
            }
        }
        """);

    [Fact]
    public Task SpanCopy_CopiedTextLogged_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                Span<char> buffer = stackalloc char[64];
                c.Email.AsSpan().CopyTo(buffer);
                logger.LogInformation("{Text}", new string({|PII0101:buffer|}));
                Span<char> other = stackalloc char[8];
                "constant".AsSpan().CopyTo(other);
                logger.LogInformation("{Text}", new string(other));
            }
        }
        """);

    [Fact]
    public Task Event_HandlerLogsWhatItIsRaisedWith_Reported() => VerifyAsync("""
        class Service
        {
            event Action<string>? Changed;

            void Run(ILogger logger, Customer c)
            {
                Changed += text => logger.LogInformation("{Text}", {|PII0101:text|});
                Changed?.Invoke(c.Email);
            }
        }
        """);

    [Fact]
    public Task Event_RaisedWithCleanData_NotReported() => VerifyAsync("""
        class Service
        {
            event Action<string>? Changed;

            void Run(ILogger logger, Customer c)
            {
                Changed += text => logger.LogInformation("{Text}", text);
                Changed?.Invoke(c.Id.ToString());
            }
        }
        """);

    [Fact]
    public Task PiiParameterOfLambdaAndLocalFunction_IsASource() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger)
            {
                Action<string> log = ([Pii(Category.Contact)] string email) => logger.LogInformation("{E}", {|PII0101:email|});
                void Local([Pii(Category.Contact)] string phone) => logger.LogInformation("{P}", {|PII0101:phone|});
                void Plain(string text) => logger.LogInformation("{T}", text);
                log("a"); Local("b"); Plain("c");
            }
        }
        """);

    // [Pii] on an interface's or a base method's parameter covers the bodies that implement or override it (implicitly,
    // explicitly, through an abstract base); a method of the same name and shape that implements nothing is not covered.
    [Fact]
    public Task PiiParameterOfInterfaceOrBaseMethod_IsASourceInImplementations() => VerifyAsync("""
        interface INotifier { void Send([Pii(Category.Contact)] string email, string plan); }
        abstract class Channel { public abstract void Push([Pii(Category.Contact)] string phone); }
        class Notifier(ILogger logger) : INotifier
        {
            public void Send(string address, string plan) => logger.LogInformation("{A} {P}", {|PII0101:address|}, plan);
        }
        class QuietNotifier(ILogger logger) : INotifier
        {
            void INotifier.Send(string email, string plan) => logger.LogInformation("{E}", {|PII0101:email|});
        }
        class Sms(ILogger logger) : Channel
        {
            public override void Push(string phone) => logger.LogInformation("{P}", {|PII0101:phone|});
        }
        class Unrelated(ILogger logger) : IDisposable
        {
            public void Send(string email, string plan) => logger.LogInformation("{E} {P}", email, plan);
            public void Dispose() { }
        }
        class Generic<T>(ILogger logger) : IHandler<T> where T : class
        {
            public void Handle(T item, string email) => logger.LogInformation("{E}", {|PII0101:email|});
        }
        interface IHandler<in T> { void Handle(T item, [Pii(Category.Contact)] string email); }
        """);

    [Fact]
    public Task PiiParameterOfPrimaryConstructor_IsASource() => VerifyAsync("""
        class Notifier([Pii(Category.Contact)] string email, string plan, ILogger logger)
        {
            public void Run() => logger.LogInformation("{E} {P}", {|PII0101:email|}, plan);
        }
        """);

    [Fact]
    public Task RecordBaseArguments_Serialized_Reported() => VerifyAsync("""
        record Message(string Body);
        record Welcome(Customer Customer) : Message(System.Text.Json.JsonSerializer.Serialize({|PII0201:Customer.Fax|}));
        record Plain(Customer Customer) : Message(Customer.Id.ToString());
        """);

    [Fact]
    public Task ParamsReadOnlySpanSink_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Customer c)
            {
                Console.WriteLine("{0} {1}", {|PII0101:c.Email|}, c.Id);
                Console.WriteLine("{0}", c.Id);
            }
        }
        """);

    [Fact]
    public Task OutAndRefHelpersWithBodies_Reported() => VerifyAsync("""
        class Service
        {
            static bool TryGetContact(Customer c, out string contact) { contact = c.Email; return true; }
            static void Fill(Customer c, ref string target) => target = c.Fax;
            static bool TryGetId(Customer c, out string id) { id = c.Id.ToString(); return true; }

            void Run(ILogger logger, Customer c)
            {
                if (TryGetContact(c, out var contact)) logger.LogInformation("{C}", {|PII0101:contact|});
                var target = "";
                Fill(c, ref target);
                logger.LogInformation("{T}", {|PII0101:target|});
                if (TryGetId(c, out var id)) logger.LogInformation("{I}", id);
            }
        }
        """);

    [Fact]
    public Task FieldWrittenInOneMethod_LoggedInAnother_Reported() => VerifyAsync("""
        class Service
        {
            private readonly ILogger logger;
            private string last = "";
            private string note = "";

            public Service(ILogger logger) => this.logger = logger;

            public void Remember(Customer c) { last = c.Email; note = c.Id.ToString(); }

            public void Flush()
            {
                logger.LogInformation("{Last}", {|PII0101:last|});
                logger.LogInformation("{Note}", note);
            }
        }
        """);

    [Theory]
    [InlineData("var u = x; r = y;")]
    [InlineData("r = y; var u = x;")]
    // Writers that read each other's fields: X writes x from b and a customer's e-mail, B writes b from x, Y writes y from
    // b, R writes r from y (and reads x). The e-mail reaches r through x → b → y → r whichever field R reads first: a
    // cycle's writers are walked to a fixpoint, not cut at the first repeat (the order used to decide the finding).
    public Task FieldsFedThroughACycleOfWriters_LoggedElsewhere_ReportedWhateverTheOrder(string readInR) => VerifyAsync($$"""
        class Relay
        {
            private readonly ILogger logger;
            private string x = "", b = "", y = "", r = "";

            public Relay(ILogger logger) => this.logger = logger;

            public void X(Customer c) { x = c.Email + b; }
            public void B() { b = x; }
            public void Y() { y = b; }
            public void R() { {{readInR}} }

            public void Flush() => logger.LogInformation("{R}", {|PII0101:r|});
        }
        """);

    [Fact]
    public Task FieldWrittenInsideArrayAndCollectionInitializers_LoggedElsewhere_Reported() => VerifyAsync("""
        class Keeper
        {
            private readonly ILogger logger;
            private string last = "", other = "";

            public Keeper(ILogger logger) => this.logger = logger;

            public void Keep(Customer c)
            {
                var all = new[] { last = c.Email };
                var map = new System.Collections.Generic.Dictionary<string, string> { { "k", other = c.Email } };
            }

            public void Flush()
            {
                logger.LogInformation("{L}", {|PII0101:last|});
                logger.LogInformation("{O}", {|PII0101:other|});
            }
        }
        """);

    [Fact]
    public Task FieldWrittenInConstructor_AutoPropertyAndStaticField_LoggedElsewhere_Reported() => VerifyAsync("""
        class Session
        {
            private static string lastSeen = "";
            private readonly ILogger logger;
            private readonly string owner;
            private int visits;

            public Session(ILogger logger, Customer c)
            {
                this.logger = logger;
                this.owner = c.Name;
                visits = c.Id;
            }

            public string? Contact { get; private set; }

            public void Touch(Customer c)
            {
                Contact = c.Fax;
                lastSeen = c.Email;
            }

            public void Report()
            {
                logger.LogInformation("Session of {Owner}", {|PII0101:owner|});
                logger.LogInformation("Contact {Contact}", {|PII0101:Contact|});
                logger.LogInformation("Last {Email}", {|PII0101:lastSeen|});
                logger.LogInformation("Visits {Visits}", visits);
                logger.LogInformation("Logger {Logger}", logger);
            }
        }
        """);

    [Fact]
    public Task FieldAccumulatedAndCopiedBetweenFields_Reported() => VerifyAsync("""
        class Buffer
        {
            private string text = "";
            private string copy = "";
            private string other = "";

            public void Add(Customer c) => text = text + c.Email + other;
            public void Snapshot() { copy = text; other = copy; }
            public void Dump(ILogger logger)
            {
                logger.LogInformation("{T}", {|PII0101:text|});
                logger.LogInformation("{C}", {|PII0101:copy|});
                logger.LogInformation("{O}", {|PII0101:other|});
            }
        }
        """);

    [Fact]
    public Task HolderTypeField_WrittenFromItsOwnDeclaredMember_Reported_FromParameterNot() => VerifyAsync("""
        class Member
        {
            [Pii(Category.Name, Purpose = Purpose.Account)]
            public string FullName { get; set; } = "";

            private string display = "";
            private string nickname = "";

            public Member(string nick) { nickname = nick; }

            public void Refresh() => display = FullName.ToUpperInvariant();

            public void Log(ILogger logger)
            {
                logger.LogInformation("{Display}", {|PII0101:display|});
                logger.LogInformation("{Nick}", nickname);
            }
        }
        """);

    [Fact]
    public Task FieldWrittenOnlyWithCleanValues_NotReported() => VerifyAsync("""
        class Service
        {
            private readonly ILogger logger;
            private string state = "";
            private string last = "";

            public Service(ILogger logger) => this.logger = logger;

            public void Remember(Customer c)
            {
                state = c.Id.ToString();
                last = c.Email.Length > 3 ? "long" : "short";
                var other = new Service(logger);
                other.Flush();
            }

            public void Flush()
            {
                logger.LogInformation("{State} {Last}", state, last);
            }
        }
        """);

    [Fact]
    public Task Dynamic_MemberOfAHolder_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                dynamic d = c;
                logger.LogInformation("{E}", (string){|PII0101:d.Email|});
                logger.LogInformation("{I}", (int)d.Id);
            }
        }
        """);
}
