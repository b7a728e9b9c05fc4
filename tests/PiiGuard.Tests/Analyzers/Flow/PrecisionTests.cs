using System.Threading.Tasks;
using Xunit;
using static PiiGuard.Tests.Analyzers.Flow.FlowTest;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>Issue 12, deliverable 1: a value keeps personal data only where its type can hold it.</summary>
public sealed class TypeAwareTaintTests
{
    private const string Repository = """

        public interface ICustomers
        {
            Customer FindByEmail(string email);
            Task<int> CountAsync(string email);
            Task<bool> ExistsAsync(string email);
            Guid KeyOf(string email);
            string Describe(string email);
        }
        """;

    [Fact]
    public Task OpaqueCalls_NumbersFlagsIdsAndMembersOfFoundObjects_NotReported() => VerifyAsync("""
        class Service
        {
            async Task Run(ILogger logger, Customer c, ICustomers customers)
            {
                var found = customers.FindByEmail(c.Email);
                var count = await customers.CountAsync(c.Email);
                var exists = await customers.ExistsAsync(c.Email);
                var key = customers.KeyOf(c.Email);
                logger.LogInformation("Found {Id} {Count} {Exists} {Key} {Type}", found.Id, count, exists, key, c.GetType().Name);
                logger.LogInformation("Ships to {Country}", found.ShippingAddress.Country);
            }
        }
        """ + Repository);

    // Jellyfin's SessionManager: devices found by a device id are logged out by a helper that logs their access token.
    [Fact]
    public Task Helper_UndeclaredStringOfHolderParameter_NotReported() => VerifyAsync("""
        public class Device
        {
            [Pii(Category.DeviceId, Purpose = Purpose.ServiceDelivery)]
            public string DeviceId { get; set; } = "";

            public string AccessToken { get; set; } = "";
        }

        public interface IDevices { Device[] Find(string deviceId); }

        class Sessions
        {
            void LogoutAll(ILogger logger, IDevices devices, Customer c)
            {
                foreach (var device in devices.Find(c.Email))
                {
                    Logout(logger, device);
                }
            }

            void Logout(ILogger logger, Device device) => logger.LogInformation("Logging out {Token}", device.AccessToken);
        }
        """);

    [Fact]
    public Task Helper_DeclaredMemberOfHolderParameter_Reported() => VerifyAsync("""
        public class Device
        {
            [Pii(Category.DeviceId, Purpose = Purpose.ServiceDelivery)]
            public string DeviceId { get; set; } = "";

            public string AccessToken { get; set; } = "";
        }

        class Sessions
        {
            void Logout(ILogger logger, Device device) => logger.LogInformation("Logging out {Device}", {|PII0101:device.DeviceId|});
        }
        """);

    [Fact]
    public Task OpaqueCall_StringResult_StillReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c, ICustomers customers)
            {
                var text = customers.Describe(c.Email);
                logger.LogInformation("Described {Text}", {|PII0101:text|});
            }
        }
        """ + Repository);

    [Fact]
    public Task StringBuilder_Cleared_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var sb = new System.Text.StringBuilder();
                sb.Append("to ").Append(c.Email);
                sb.Clear();
                sb.Append("nobody");
                logger.LogInformation("{Text}", sb.ToString());
            }
        }
        """);

    [Fact]
    public Task StringBuilder_FluentChain_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var sb = new System.Text.StringBuilder();
                sb.Append("to ").Append(c.Email).AppendLine();
                logger.LogInformation("{Text}", {|PII0101:sb.ToString()|});
            }
        }
        """);

    [Fact]
    public Task UndefinedPurpose_DoesNotCoverEverything_Reported() => VerifyAsync("""
        public class Member
        {
            [Pii(Category.Contact, Purpose = (Purpose)(-1))]
            public string Email { get; set; } = "";
        }

        class Service
        {
            void Run(ILogger logger, Member m) => logger.LogInformation("{Email}", {|PII0101:m.Email|});
        }
        """);

    [Fact]
    public Task AllDefinedPurposes_CoverLogging_NotReported() => VerifyAsync("""
        public class Member
        {
            [Pii(Category.Contact, Purpose = Purpose.Account | Purpose.Diagnostics)]
            public string Email { get; set; } = "";
        }

        class Service
        {
            void Run(ILogger logger, Member m) => logger.LogInformation("{Email}", m.Email);
        }
        """);
}

/// <summary>Issue 12, deliverables 2 and 3: one diagnostic per argument and rule; generic and polymorphic objects.</summary>
public sealed class WholeObjectTests
{
    [Fact]
    public Task ObjectCarryingAValueFlowAndDeclaredMembers_OnePii0103() => VerifyAsync("""
        public record Note(string Text, [property: Pii(Category.Name, Purpose = Purpose.Account)] string Author);

        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var note = new Note(c.Email, "x");
                logger.LogInformation("Note {@Note}", {|PII0103:note|});
            }
        }
        """);

    [Fact]
    public Task GenericSink_ConstrainedToHolderInterface_ReportsTheHolders() => VerifyAsync("""
        public interface ICommand { }

        public sealed class PlaceOrder : ICommand
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment)]
            public string CardNumber { get; set; } = "";
        }

        public sealed class Ping : ICommand
        {
            public int N { get; set; }
        }

        class LoggingBehavior<TRequest> where TRequest : ICommand
        {
            private readonly ILogger logger = null!;

            // Mentions PlaceOrder so that today's relevance selects the body (see the skipped test below).
            public void Handle(TRequest request)
            {
                if (request is PlaceOrder) { }
                logger.LogInformation("Handling {@Command}", {|PII0103:request|});
            }
        }
        """);

    [Fact]
    public Task GenericSink_ConstrainedToHolderInterface_NoOtherName_Reported() => VerifyAsync("""
        public interface ICommand { }

        public sealed class PlaceOrder : ICommand
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment)]
            public string CardNumber { get; set; } = "";
        }

        class LoggingBehavior<TRequest> where TRequest : ICommand
        {
            private readonly ILogger logger = null!;

            public void Handle(TRequest request) => logger.LogInformation("Handling {@Command}", {|PII0103:request|});
        }
        """);

    [Fact]
    public Task GenericSink_SecondHoleAfterAwait_Reported() => VerifyAsync("""
        public interface IRequest<TResult> { }

        public sealed class PlaceOrder : IRequest<bool>
        {
            [Pii(Category.Payment, Purpose = Purpose.Payment)]
            public string CardNumber { get; set; } = "";
        }

        class Handler<T, R> where T : IRequest<R>
        {
            private readonly ILogger logger = null!;

            public async Task<R> Handle(T command, Func<T, Task<R>> send)
            {
                if (command is PlaceOrder) { }
                logger.LogInformation("Sending {Name} ({@Command})", "x", {|PII0103:command|});
                var result = await send(command);
                logger.LogInformation("Result {@Result} - {Name} ({@Command})", result, "x", {|PII0103:command|});
                return result;
            }
        }
        """);

    [Fact]
    public Task GenericSink_UnconstrainedOrNoHolderSatisfies_NotReported() => VerifyAsync("""
        public interface IQuery { }

        public sealed class Ping : IQuery
        {
            public int N { get; set; }
        }

        class LoggingBehavior<TRequest, TOther> where TRequest : IQuery
        {
            private readonly ILogger logger = null!;

            public void Handle(TRequest request, TOther other, Customer c)
            {
                logger.LogInformation("Handling {@Query} {@Other} for {Id}", request, other, c.Id);
            }
        }
        """);

    [Fact]
    public Task BaseTypedObject_DerivedRecordCarriesData_Reported() => VerifyAsync("""
        public abstract record IntegrationEvent(Guid Id);

        public sealed record OrderStarted(Guid Id, [property: Pii(Category.Name, Purpose = Purpose.ServiceDelivery)] string BuyerName) : IntegrationEvent(Id);

        public sealed record StockChecked(Guid Id, int Count) : IntegrationEvent(Id);

        class Bus
        {
            private readonly ILogger logger = null!;

            public void Publish(IntegrationEvent e, OrderStarted? last)
            {
                logger.LogInformation("Publishing {@IntegrationEvent}", {|PII0103:e|});
                logger.LogInformation("Publishing {Id}", e.Id);
            }
        }
        """);

    [Fact]
    public Task BaseTypedObject_NoDerivedHolder_NotReported() => VerifyAsync("""
        public abstract record IntegrationEvent(Guid Id);

        public sealed record StockChecked(Guid Id, int Count) : IntegrationEvent(Id);

        class Bus
        {
            private readonly ILogger logger = null!;

            public void Publish(IntegrationEvent e, object o, Customer c)
            {
                logger.LogInformation("Publishing {@IntegrationEvent} {@Other} for {Id}", e, o, c.Id);
            }
        }
        """);
}

/// <summary>Issue 12, deliverable 4: C# constructs that move declared data.</summary>
public sealed class ConstructTests
{
    [Fact]
    public Task PropertyPattern_BindsTheMember_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, object o)
            {
                if (o is Customer { Email: var e, Id: var id })
                {
                    logger.LogInformation("{Email} {Id}", {|PII0101:e|}, id);
                }
            }
        }
        """);

    [Fact]
    public Task PropertyPattern_UndeclaredMember_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, object o)
            {
                if (o is Customer { ShippingAddress: { Country: var country } })
                {
                    logger.LogInformation("{Country}", country);
                }
            }
        }
        """);

    [Fact]
    public Task SwitchCaseVarWhen_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                switch (c.Email)
                {
                    case var x when x.Length > 3:
                        logger.LogInformation("{X}", {|PII0101:x|});
                        break;
                }

                switch (c.Id)
                {
                    case var y when y > 3:
                        logger.LogInformation("{Y}", y);
                        break;
                }
            }
        }
        """);

    [Fact]
    public Task Deconstruction_PositionalRecordAndUserDeconstruct_Reported() => VerifyAsync("""
        public sealed class Contact
        {
            [Pii(Category.Contact)]
            public string Email { get; set; } = "";
            public int Rank { get; set; }

            public void Deconstruct(out string email, out int rank)
            {
                email = Email;
                rank = Rank;
            }
        }

        class Service
        {
            void Run(ILogger logger, Registration r, Contact contact)
            {
                var (name, plan) = r;
                logger.LogInformation("{Name} {Plan}", {|PII0101:name|}, plan);
                var (email, rank) = contact;
                logger.LogInformation("{Email} {Rank}", {|PII0101:email|}, rank);
                if (r is (var n, _))
                {
                    logger.LogInformation("{N}", {|PII0101:n|});
                }
            }
        }
        """);

    [Fact]
    public Task ComputedProperty_ReadsDeclaredMembers_IsASource() => VerifyAsync("""
        public sealed class Person
        {
            [Pii(Category.Name)]
            public string First { get; set; } = "";

            [Pii(Category.Name)]
            public string Last { get; set; } = "";

            public string Plan { get; set; } = "";

            public string DisplayName => $"{First} {Last}";

            public string Label => Plan.ToUpperInvariant();
        }

        class Service
        {
            void Run(ILogger logger, Person p)
            {
                logger.LogInformation("{Name}", {|PII0101:p.DisplayName|});
                logger.LogInformation("{Label}", p.Label);
            }
        }
        """);

    [Fact]
    public Task ReturnPiiOnMethodWithBody_IsASource() => VerifyAsync("""
        static class Directory
        {
            [return: Pii(Category.Contact)]
            public static string Lookup(int id) => "someone@example.com";

            public static string Plan(int id) => "gold";
        }

        class Service
        {
            void Run(ILogger logger) => logger.LogInformation("{Email} {Plan}", {|PII0101:Directory.Lookup(1)|}, Directory.Plan(1));
        }
        """);

    [Fact]
    public Task FieldTargetedPii_OnAutoProperty_Reported() => VerifyAsync("""
        public sealed class Member
        {
            [field: Pii(Category.Contact)]
            public string Email { get; set; } = "";

            public string Plan { get; set; } = "";
        }

        class Service
        {
            void Run(ILogger logger, Member m) => logger.LogInformation("{Email} {Plan}", {|PII0101:m.Email|}, m.Plan);
        }
        """);

    [Fact]
    public Task InterfacePropertyDeclared_ReadThroughClass_Reported() => VerifyAsync("""
        public interface IHasEmail
        {
            [Pii(Category.Contact)]
            string Email { get; }

            string Plan { get; }
        }

        public sealed class Member : IHasEmail
        {
            public string Email { get; set; } = "";
            public string Plan { get; set; } = "";
        }

        class Service
        {
            void Run(ILogger logger, Member m) => logger.LogInformation("{Email} {Plan}", {|PII0101:m.Email|}, m.Plan);
        }
        """);

    [Fact]
    public Task TryGetValue_OutArgument_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                var emails = new Dictionary<int, string>();
                emails[c.Id] = c.Email;
                if (emails.TryGetValue(1, out var email))
                {
                    logger.LogInformation("{Email}", {|PII0101:email|});
                }

                var plans = new Dictionary<int, string> { [1] = "gold" };
                if (plans.TryGetValue(1, out var plan) && int.TryParse(c.Email, out var number))
                {
                    logger.LogInformation("{Plan} {Number}", plan, number);
                }
            }
        }
        """);
}

/// <summary>Issue 12, deliverable 4: delegates, local functions and deep nesting.</summary>
public sealed class CallableAndDepthTests
{
    [Fact]
    public Task LambdaAndLocalFunction_InvokedWithPersonalData_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                Action<string> log = s => logger.LogInformation("{S}", {|PII0101:s|});
                log(c.Email);

                Func<string, string> shout = s => s.ToUpperInvariant();
                logger.LogInformation("{Loud}", {|PII0101:shout(c.Name)|});

                // A local function is a helper: its sink is reported at the call, as for methods.
                void Write(string text) => logger.LogInformation("{Text}", text);
                Write({|PII0101:c.Fax|});
            }
        }
        """);

    [Fact]
    public Task LambdaAndLocalFunction_InvokedWithCleanData_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                Action<string> log = s => logger.LogInformation("{S}", s);
                log(c.Id.ToString());

                Func<string, string> shout = s => s.ToUpperInvariant();
                logger.LogInformation("{Loud}", shout("plan"));

                void Write(string text) => logger.LogInformation("{Text}", text);
                Write("done");
            }
        }
        """);

    [Fact]
    // Cut short, the walk is conservative (every declared read inside counts) and says so with PII0903.
    public Task ExpressionDeeperThanMaxDepth_StillReported() => VerifyAsync(
        "class Service\n{\n    static string W(string s) => s;\n    void {|PII0903:Run|}(ILogger logger, Customer c) => logger.LogInformation(\"{E}\", {|PII0101:" +
        Nest("c.Email", 450) + "|});\n}\n");

    [Fact]
    // A cut walk counts declared reads inside the cut, not undeclared ones (c.Id); the second statement, which hands the
    // length of a declared value (not the value) to a sink, is what makes the body worth walking.
    public Task ExpressionDeeperThanMaxDepth_CleanData_NotReported() => VerifyAsync(
        "class Service\n{\n    static string W(string s) => s;\n    void {|PII0903:Run|}(ILogger logger, Customer c)\n    {\n        logger.LogInformation(\"{E}\", " +
        Nest("c.Id.ToString()", 450) + ");\n        logger.LogInformation(\"{L}\", c.Email.Length);\n    }\n}\n");

    [Fact]
    // c.Id is not declared data: the statement check (PiiRelevance.Statements) never binds the body, so nothing is cut either.
    public Task ExpressionDeeperThanMaxDepth_UndeclaredMember_NotWalked() => VerifyAsync(
        "class Service\n{\n    static string W(string s) => s;\n    void Run(ILogger logger, Customer c) => logger.LogInformation(\"{E}\", " +
        Nest("c.Id.ToString()", 450) + ");\n}\n");

    private static string Nest(string inner, int depth) => string.Concat(System.Linq.Enumerable.Repeat("W(", depth)) + inner + new string(')', depth);
}

/// <summary>Issue 12, deliverable 1: what a call PiiGuard cannot see does with a whole object.</summary>
public sealed class OpaqueCallTests
{
    [Fact]
    public Task OpaqueCall_ObjectParameter_TypeNameNotReported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, CustomerRecord r, Customer c)
            {
                logger.LogInformation("{Name}", TypeNames.Of(r));
                logger.LogInformation("{Name}", TypeNames.Of(c.Email));
            }
        }
        """, extraReference: """
        public static class TypeNames
        {
            public static string Of(this object value) => value.GetType().Name;
        }
        """);

    [Fact]
    public Task FormattingCall_RecordArgument_Reported() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, CustomerRecord r)
            {
                logger.LogInformation("{Text}", {|PII0103:string.Format("{0}", r)|});
                logger.LogInformation("{Text}", {|PII0101:string.Join(",", r.Email)|});
            }
        }
        """);

    private static Task VerifyAsync(string code, string extraReference)
    {
        // Compiled into its own assembly: the call has no body PiiGuard can follow.
        var test = Create(code);
        test.TestState.AdditionalReferences.Add(PiiGuard.Tests.Infrastructure.TestProject.CompileLibrary(extraReference, "TypeNames"));
        return test.RunAsync();
    }

    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(code);
}
