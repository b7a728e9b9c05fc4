using System.Threading.Tasks;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;
using Verify = PiiGuard.Tests.Infrastructure.CSharpAnalyzerVerifier<PiiGuard.Analyzers.Flow.PiiFlowAnalyzer>;

namespace PiiGuard.Tests.Analyzers.Flow;

public sealed class LoggingFlowTests
{
    // ---- direct reads, parameters, purposes

    [Fact]
    public Task DirectMemberRead_LoggedByMel_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c) => logger.LogInformation("Signed up {Email}", {|#0:c.Email|});
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → ILogger.LogInformation"));

    [Fact]
    public Task IdsLengthsAndComparisons_Logged_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, Order o)
            {
                logger.LogInformation("Customer {Id} placed order {OrderId} of {Total}", c.Id, o.Id, o.Total);
                logger.LogInformation("Email length {Length}, empty {Empty}", c.Email.Length, string.IsNullOrEmpty(c.Email));
                logger.LogInformation("Has email {HasEmail}, same {Same}", c.Email == null, c.Email.Equals(c.Name));
                logger.LogInformation("Country {Country}", c.ShippingAddress.Country);
            }
        }
        """);

    [Fact]
    public Task PiiParameter_Logged_Reported() => VerifyAsync("""
        class Service
        {
            void Notify(ILogger logger, [Pii(Category.Contact, Purpose = Purpose.Communications)] string email)
                => logger.LogDebug("Notifying {Email}", {|#0:email|});
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Service.Notify(email)", "Contact", "ILogger.LogDebug", "Service.Notify(email) → ILogger.LogDebug"));

    [Fact]
    public Task PurposeCoversLogging_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c) => logger.LogInformation("Verifying {Phone}", c.VerifiedPhone);
        }
        """);

    [Fact]
    public Task Sensitive_LoggedEvenWithCoveringPurpose_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c) => logger.LogInformation("Allergy {Allergy}", {|#0:c.Allergy|});
        }
        """,
        Verify.Diagnostic("PII0104").WithLocation(0).WithArguments("Customer.Allergy", "Health", "ILogger.LogInformation", "Customer.Allergy → ILogger.LogInformation"));

    [Fact]
    public Task Sensitive_Redacted_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("Allergy {Allergy}", Redact.Mask(c.Allergy));
                logger.LogInformation("Email {Email}", Redact.KeyedHash(c.Email, new byte[] { 1 }));
                logger.LogInformation("Email {Email}", Mine.Hide(c.Email));
            }
        }

        static class Mine
        {
            [PiiRedactor]
            public static string Hide(string value) => "***";
        }
        """);

    // ---- locals, reassignment, branches

    [Fact]
    public Task LocalAndInterpolation_Reported_WithPath() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var who = c.Email;
                logger.LogWarning($"Could not reach {{|#0:who|}}");
            }
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogWarning", "Customer.Email → local 'who' → ILogger.LogWarning"));

    [Fact]
    public Task LocalOverwrittenWithConstant_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var who = c.Email;
                who = "someone";
                logger.LogWarning("Could not reach {Who}", who);
            }
        }
        """);

    [Fact]
    public Task LocalOverwrittenOnOneBranch_StillReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, bool anonymous)
            {
                var who = c.Email;
                if (anonymous)
                {
                    who = "someone";
                }

                logger.LogWarning("Could not reach {Who}", {|PII0101:who|});
            }
        }
        """);

    [Fact]
    public Task LoopAccumulation_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, List<Customer> customers)
            {
                var all = "";
                foreach (var c in customers)
                {
                    all += c.Name + ";";
                }

                logger.LogInformation("Batch {All}", {|PII0101:all|});
            }
        }
        """);

    // ---- string building

    [Fact]
    public Task ConcatFormatAndStringMethods_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("Mail " + {|#0:c.Email|});
                logger.LogInformation(string.Format("Mail {0}", {|#1:c.Email|}));
                logger.LogInformation("{Upper}", {|#2:c.Email.ToUpperInvariant().Trim()|});
                logger.LogInformation("{Part}", {|#3:c.Name.Substring(0, 1)|});
                logger.LogInformation("{Text}", {|#4:c.Name.ToString()|});
            }
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0),
        Verify.Diagnostic("PII0101").WithLocation(1),
        Verify.Diagnostic("PII0101").WithLocation(2),
        Verify.Diagnostic("PII0101").WithLocation(3),
        Verify.Diagnostic("PII0101").WithLocation(4));

    [Fact]
    public Task TernaryAndCoalesce_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, bool flag)
            {
                var contact = flag ? c.Email : "none";
                logger.LogInformation("{Contact}", {|#0:contact|});
                logger.LogInformation("{Contact}", {|#1:c.Fax|} ?? {|#2:c.Name|});
            }
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → local 'contact' → ILogger.LogInformation"),
        Verify.Diagnostic("PII0101").WithLocation(1).WithArguments("Customer.Fax", "Contact", "ILogger.LogInformation", "Customer.Fax → ILogger.LogInformation"),
        Verify.Diagnostic("PII0101").WithLocation(2).WithArguments("Customer.Name", "Name", "ILogger.LogInformation", "Customer.Name → ILogger.LogInformation"));

    [Fact]
    public Task StringBuilder_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var sb = new System.Text.StringBuilder();
                sb.Append("Customer ").Append(c.Id);
                sb.Append(c.Name);
                logger.LogInformation({|PII0101:sb.ToString()|});
            }
        }
        """);

    // ---- tuples, anonymous objects, collections, with

    [Fact]
    public Task Tuple_ElementWithPii_Reported_OtherElementNot() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var pair = (c.Id, c.Email);
                logger.LogInformation("{Id}", pair.Item1);
                logger.LogInformation("{Mail}", {|PII0101:pair.Item2|});
                var (id, mail) = pair;
                logger.LogInformation("{Id}", id);
                logger.LogInformation("{Mail}", {|PII0101:mail|});
            }
        }
        """);

    [Fact]
    public Task AnonymousObject_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{@Payload}", new { c.Id, {|PII0101:c.Email|} });
                var safe = new { c.Id, Count = 3 };
                logger.LogInformation("{@Payload}", safe);
            }
        }
        """);

    [Fact]
    public Task CollectionInitializerAndAdd_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var recipients = new List<string> { c.Email };
                logger.LogInformation("{Recipients}", {|PII0101:recipients|});
                var names = new List<string>();
                names.Add(c.Name);
                logger.LogInformation("{Names}", {|PII0101:names|});
                var array = new[] { c.Fax };
                logger.LogInformation("{Faxes}", {|PII0101:array|});
            }
        }
        """);

    [Fact]
    public Task LinqProjectionThenJoin_Reported_IdProjectionNot() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, List<Customer> customers)
            {
                var emails = string.Join(", ", customers.Select(x => x.Email));
                logger.LogInformation("Mailing {Emails}", {|PII0101:emails|});
                var ids = string.Join(", ", customers.Where(x => x.Email.Length > 3).Select(x => x.Id));
                logger.LogInformation("Mailing {Ids}", ids);
            }
        }
        """);

    [Fact]
    public Task WithMaskingOneMember_OtherMembersStillLogged() => VerifyAsync("""
        public record Card([property: Pii(Category.Payment, Purpose = Purpose.Payment)] string Number,
                           [property: Pii(Category.Name, Purpose = Purpose.Payment)] string Holder);

        class Service
        {
            void Run(ILogger logger, Card card)
            {
                var masked = card with { Number = Redact.Mask(card.Number, 4)! };
                logger.LogInformation("Charging {Card}", {|#0:masked|});
                var clean = masked with { Holder = "n/a" };
                logger.LogInformation("Charging {Card}", clean);
            }
        }
        """,
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("Card.Holder", "Name", "Card", "ILogger.LogInformation", "Card.Holder → Card → ILogger.LogInformation"));

    // ---- nested access, whole objects

    [Fact]
    public Task NestedAccess_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Order o) =>
                logger.LogInformation("Ship order {Id} to {Street} for {Mail}", o.Id, {|#0:o.Customer.ShippingAddress.Street|}, {|#1:o.Customer.Email|});
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Address.Street", "Contact", "ILogger.LogInformation", "Address.Street → ILogger.LogInformation"),
        Verify.Diagnostic("PII0101").WithLocation(1).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → ILogger.LogInformation"));

    [Fact]
    public Task DestructuredObject_ReportsEachUncoveredMember() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Order o) => logger.LogInformation("Order {@Order}", {|#0:o|});
        }
        """,
        // One PII0103 for the object (naming its members), plus the sensitive member's own PII0104.
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("Customer.Email, Customer.Name and 2 more", "Contact, Name", "Order", "ILogger.LogInformation", "Customer.Email → Order → ILogger.LogInformation"),
        Verify.Diagnostic("PII0104").WithLocation(0).WithArguments("Customer.Allergy", "Health", "ILogger.LogInformation", "Customer.Allergy → Order → ILogger.LogInformation"));

    [Fact]
    public Task PlainClassWithoutDestructuring_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Order o, Customer c)
            {
                logger.LogInformation("Order {Order}", o);
                logger.LogInformation($"Customer {c}");
                logger.LogInformation("Customer " + c.ToString());
            }
        }
        """);

    [Fact]
    public Task RecordToString_PrintsMembers_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, CustomerRecord r)
            {
                logger.LogInformation("Customer {Customer}", {|#0:r|});
                logger.LogInformation($"Customer {{|#1:r|}}");
                Console.WriteLine({|#2:r.ToString()|});
            }
        }
        """,
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("CustomerRecord.Email", "Contact", "CustomerRecord", "ILogger.LogInformation", "CustomerRecord.Email → CustomerRecord → ILogger.LogInformation"),
        Verify.Diagnostic("PII0103").WithLocation(1).WithArguments("CustomerRecord.Email", "Contact", "CustomerRecord", "ILogger.LogInformation", "CustomerRecord.Email → CustomerRecord → ILogger.LogInformation"),
        Verify.Diagnostic("PII0103").WithLocation(2).WithArguments("CustomerRecord.Email", "Contact", "CustomerRecord", "Console.WriteLine", "CustomerRecord.Email → CustomerRecord → Console.WriteLine"));

    [Fact]
    public Task RecordWithOwnToString_NotReported() => VerifyAsync("""
        public record Safe([property: Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] string Email)
        {
            public override string ToString() => "Safe";
        }

        class Service
        {
            void Run(ILogger logger, Safe s) => logger.LogInformation("Customer {Customer}", s);
        }
        """);

    [Fact]
    public Task PositionalRecordParameterAttribute_IsPersonalData() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Registration r) => logger.LogInformation("Registered {Name} on {Plan}", {|PII0101:r.Name|}, r.Plan);
        }
        """);

    [Fact]
    public Task CollectionOfRecords_LoggedWhole_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, List<CustomerRecord> batch) => logger.LogInformation("Batch {Batch}", {|PII0103:batch|});
        }
        """);

    // ---- helpers, returns, await, extension methods

    [Fact]
    public Task HelperParameterReachingSink_ReportedAtCallSite() => VerifyAsync("""
        class Service
        {
            private readonly ILogger logger = null!;

            void Run(Customer c)
            {
                Trace(c.Id.ToString());
                Trace({|#0:c.Email|});
            }

            void Trace(string value) => Write("value", value);

            void Write(string label, string value) => logger.LogInformation("{Label}: {Value}", label, value);
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → Service.Trace() → Service.Write() → ILogger.LogInformation"));

    [Fact]
    public Task HelperThreeDeep_ReportedAtCallSite() => VerifyAsync("""
        class Service
        {
            private readonly ILogger logger = null!;

            void Run(Customer c) => A({|PII0101:c.Name|});
            void A(string v) => B(v + "!");
            void B(string v) => C($"<{v}>");
            void C(string v) => logger.LogInformation(v);
        }
        """);

    [Fact]
    public Task HelperReturningPii_IsSource_AndAwaitKeepsIt() => VerifyAsync("""
        class Service
        {
            string ContactOf(Customer c) => c.Email;

            async Task<string> LoadNameAsync(Customer c)
            {
                await Task.Yield();
                return c.Name;
            }

            async Task Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{Contact}", {|#0:ContactOf(c)|});
                var name = await LoadNameAsync(c);
                logger.LogInformation("{Name}", {|#1:name|});
            }
        }
        """,
        Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "ILogger.LogInformation", "Customer.Email → Service.ContactOf() → ILogger.LogInformation"),
        Verify.Diagnostic("PII0101").WithLocation(1).WithArguments("Customer.Name", "Name", "ILogger.LogInformation", "Customer.Name → Service.LoadNameAsync() → local 'name' → ILogger.LogInformation"));

    [Fact]
    public Task ExtensionMethod_Reported() => VerifyAsync("""
        static class CustomerExtensions
        {
            public static string Describe(this Customer c) => $"{c.Name} <{c.Id}>";
            public static void Log(this ILogger logger, string text) => logger.LogInformation(text);
        }

        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{Who}", {|PII0101:c.Describe()|});
                logger.Log({|PII0101:c.Email|});
            }
        }
        """);

    [Fact]
    public Task MutuallyRecursiveHelpers_Terminate() => VerifyAsync("""
        class Service
        {
            private readonly ILogger logger = null!;

            void Run(Customer c) => Ping({|PII0101:c.Email|}, 3);
            void Ping(string v, int n) { if (n > 0) Pong(v, n - 1); else logger.LogInformation(v); }
            void Pong(string v, int n) { if (n > 0) Ping(v, n - 1); }
        }
        """);

    // ---- other log sinks

    [Fact]
    public Task ExceptionMessage_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Customer c, int id)
            {
                if (id < 0) throw new ArgumentException("Bad id " + id);
                throw new InvalidOperationException($"No account for {{|#0:c.Email|}}");
            }
        }
        """,
        Verify.Diagnostic("PII0102").WithLocation(0).WithArguments("Customer.Email", "Contact", "new InvalidOperationException(…)", "Customer.Email → new InvalidOperationException(…)"));

    [Fact]
    public Task ConsoleDebugTrace_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Customer c)
            {
                Console.WriteLine({|PII0101:c.Email|});
                Console.WriteLine("Hello {0}", {|PII0101:c.Name|});
                Console.Error.WriteLine({|PII0101:c.Fax|});
                System.Diagnostics.Debug.WriteLine({|PII0101:c.Email|});
                System.Diagnostics.Trace.TraceInformation({|PII0101:c.Email|});
                Console.WriteLine(c.Id);
                var writer = new System.IO.StringWriter();
                writer.WriteLine(c.Email);
            }
        }
        """);

    [Fact]
    public Task Serilog_StaticAndInstance_Reported_DestructureByAt() => VerifyAsync("""
        class Service
        {
            void Run(Serilog.ILogger log, Customer c, Order o)
            {
                Serilog.Log.Information("Signed up {Email}", {|PII0101:c.Email|});
                log.Warning("Order {OrderId} for {Name}", o.Id, {|PII0101:c.Name|});
                log.Information("Order {@Order}", {|#0:o|});
                log.Information("Order {Order}", o);
            }
        }
        """,
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("Customer.Email, Customer.Name and 2 more", "Contact, Name", "Order", "ILogger.Information", "Customer.Email → Order → ILogger.Information"),
        Verify.Diagnostic("PII0104").WithLocation(0).WithArguments("Customer.Allergy", "Health", "ILogger.Information", "Customer.Allergy → Order → ILogger.Information"));

    [Fact]
    public Task BeginScopeAndLogWithState_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                using (logger.BeginScope("Customer {Email}", {|PII0101:c.Email|}))
                {
                    logger.LogInformation("Working");
                }

                logger.Log(LogLevel.Information, new EventId(1), {|PII0101:c.Name|}, null, (s, e) => s);
            }
        }
        """);

    [Fact]
    public Task LoggerMessageDefineDelegate_Reported() => VerifyAsync("""
        class Service
        {
            private static readonly Action<ILogger, string, Exception?> SignedUp =
                LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Signed up {Email}");

            void Run(ILogger logger, Customer c) => SignedUp(logger, {|PII0101:c.Email|}, null);
        }
        """);

    [Fact]
    public Task LoggerMessageMethod_WithRealGenerator_Reported()
    {
        var test = Create("""
            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Order {OrderId} shipped to {Email}")]
                public static partial void OrderShipped(ILogger logger, int orderId, string email);
            }

            class Service
            {
                void Run(ILogger logger, Order o) => Log.OrderShipped(logger, o.Id, {|#0:o.Customer.Email|});
            }
            """,
            Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Customer.Email", "Contact", "Log.OrderShipped [LoggerMessage]", "Customer.Email → Log.OrderShipped [LoggerMessage]"));
        test.SourceGenerators.Add(HarnessTests.LoadLoggerMessageGenerator());
        return test.RunAsync();
    }

    [Fact]
    public Task UserDefinedSinkAttribute_Reported() => VerifyAsync("""
        class Audit
        {
            [PiiSink(PiiSinkKind.Log)]
            public void Write(string message, params object[] args) { }
        }

        class Service
        {
            void Run(Audit audit, Customer c) => audit.Write("Changed {Email}", {|PII0101:c.Email|});
        }
        """);

    // ---- cross-assembly

    [Fact]
    public Task ModelFromReferencedAssembly_Reported()
    {
        var models = TestProject.CompileLibrary("""
            namespace Shop.Models;
            public class Shopper
            {
                [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.ServiceDelivery)]
                public string Email { get; set; } = "";
                public int Id { get; set; }
            }
            """, "Shop.Models");
        var test = Create("""
            class Service
            {
                void Run(ILogger logger, Shop.Models.Shopper s) => logger.LogInformation("{Id} {Email}", s.Id, {|#0:s.Email|});
            }
            """,
            Verify.Diagnostic("PII0101").WithLocation(0).WithArguments("Shopper.Email", "Contact", "ILogger.LogInformation", "Shopper.Email → ILogger.LogInformation"));
        test.AdditionalReferences.Add(models);
        return test.RunAsync();
    }

    // ---- configuration and suppression

    [Fact]
    public Task Pragma_SuppressMessage_Suppress() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
        #pragma warning disable PII0101 // support asked for it, ticket 4711
                logger.LogInformation("{Email}", c.Email);
        #pragma warning restore PII0101
            }

            [System.Diagnostics.CodeAnalysis.SuppressMessage("PiiGuard.Logging", "PII0101", Justification = "Test")]
            void Other(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
        }
        """);

    [Fact]
    public Task EditorConfig_CoveringPurposesOverride_Respected()
    {
        var test = Create("""
            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("{Email}", c.Email);
                    logger.LogInformation("{Phone}", c.VerifiedPhone);
                    logger.LogInformation("{Fax}", {|PII0101:c.Fax|});
                }
            }
            """);
        test.EditorConfig = "[*.cs]\npiiguard.log.covering_purposes = ServiceDelivery\n";
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfig_SeverityError_Applied()
    {
        var test = Create("""
            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", {|#0:c.Email|});
            }
            """,
            Verify.Diagnostic("PII0101").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        test.EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0101.severity = error\n";
        return test.RunAsync();
    }
}

public sealed class MoreSinkTests
{
    [Fact]
    public Task NLog_Reported() => VerifyAsync("""
        class Service
        {
            private static readonly NLog.Logger Log = NLog.LogManager.GetCurrentClassLogger();

            void Run(Customer c)
            {
                Log.Info("Signed up {Email}", {|PII0101:c.Email|});
                Log.Info("Signed up {Id}", c.Id);
            }
        }
        """);

    [Fact]
    public Task ObjectInitializer_MemberCarriesData_OthersDoNot() => VerifyAsync("""
        class Dto
        {
            public string Contact { get; set; } = "";
            public int Id { get; set; }
        }

        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var dto = new Dto { Contact = c.Email, Id = c.Id };
                logger.LogInformation("{Contact}", {|PII0101:dto.Contact|});
                logger.LogInformation("{Id}", dto.Id);
                dto.Contact = "none";
                logger.LogInformation("{Contact}", dto.Contact);
            }
        }
        """);

    [Fact]
    public Task EditorConfigAdditionalSinks_Reported()
    {
        var test = Create("""
            namespace Acme
            {
                public static class Audit
                {
                    public static void Record(string text) { }
                    public static void Store(object value) { }
                }
            }

            class Service
            {
                void Run(Customer c)
                {
                    Acme.Audit.Record({|PII0101:c.Email|});
                    Acme.Audit.Store({|PII0201:c.Fax|});
                }
            }
            """);
        test.EditorConfig = "[*.cs]\npiiguard.additional_log_sinks = Acme.Audit.Record\npiiguard.additional_serialize_sinks = Acme.Audit.Store\n";
        return test.RunAsync();
    }

    [Fact]
    public Task HttpClientSendAsync_RequestBuiltFromPii_Reported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiDestination("US", Host = "api.partner.example")]

        class Partner
        {
            async Task Run(System.Net.Http.HttpClient http, Customer c)
            {
                var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "https://api.partner.example/v1")
                {
                    Content = new System.Net.Http.StringContent(c.Email),
                };
                await http.SendAsync({|PII0302:request|});
            }
        }
        """);
}

public sealed class DerivedValueTests
{
    [Fact]
    public Task MemberOfPiiObject_StaysPii_EvenWhenNumeric() => VerifyAsync("""
        public sealed record GeoPoint(double Longitude, double Latitude);

        public class Plant
        {
            [Pii(Category.Location, Purpose = Purpose.ServiceDelivery)]
            public GeoPoint Location { get; set; } = new(0, 0);
            public int Id { get; set; }
        }

        class Service
        {
            void Run(ILogger logger, Plant p, List<Customer> customers, Customer c)
            {
                logger.LogInformation("Plant {Id} at {Lat}", p.Id, {|PII0101:p.Location.Latitude|});
                logger.LogInformation("{Count} customers, email length {Length}", customers.Count, c.Email.Length);
            }
        }
        """);
}

public sealed class HelperWholeObjectTests
{
    [Fact]
    public Task HelperDestructuringTypedParameter_ReportedOnceInsideTheHelper() => VerifyAsync("""
        class Orders
        {
            private readonly ILogger logger = null!;

            Order Place(Customer customer)
            {
                var order = new Order { Customer = customer };
                logger.LogInformation("Order placed {@Order}", {|#0:order|});
                return order;
            }

            void Run(Customer c) => Place(c);
        }
        """,
        Verify.Diagnostic("PII0103").WithLocation(0).WithArguments("Customer.Email, Customer.Name and 2 more", "Contact, Name", "Order", "ILogger.LogInformation", "Customer.Email → Order → ILogger.LogInformation"),
        Verify.Diagnostic("PII0104").WithLocation(0).WithArguments("Customer.Allergy", "Health", "ILogger.LogInformation", "Customer.Allergy → Order → ILogger.LogInformation"));
}
