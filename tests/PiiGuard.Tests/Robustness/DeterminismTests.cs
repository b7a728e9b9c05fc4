using System;
using System.Linq;
using PiiGuard.Tests.Inventory;
using Xunit;

namespace PiiGuard.Tests.Robustness;

public sealed class DeterminismTests
{
    private const string Forward = """
        using PiiGuard;
        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]
        [assembly: PiiTransfer("CN", TransferMechanism.ExplicitConsent)]
        [assembly: PiiStorage("Frankfurt", "DE")]
        [assembly: PiiStorage("Dublin", "IE")]
        public class User
        {
            [Pii(Category.Contact, Purpose = Purpose.Account | Purpose.Security, Retention = "P1Y", DisclosedTo = new[] { "A", "B" })]
            [PiiAccess("Support", PiiOperation.Access)]
            [PiiAccess("Owner", PiiOperation.Access | PiiOperation.Edit)]
            public string Email { get; set; } = "";
        }
        """;

    private const string Permuted = """
        using PiiGuard;
        [assembly: PiiStorage("Dublin", "IE")]
        [assembly: PiiTransfer("CN", TransferMechanism.ExplicitConsent)]
        [assembly: PiiStorage("Frankfurt", "DE")]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]
        [assembly: PiiHomeRegion("EU")]
        public class User
        {
            [PiiAccess("Owner", PiiOperation.Edit | PiiOperation.Access)]
            [Pii(Category.Contact, DisclosedTo = new[] { "A", "B" }, Retention = "P1Y", Purpose = Purpose.Security | Purpose.Account)]
            [PiiAccess("Support", PiiOperation.Access)]
            public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public void AttributeAndArgumentOrder_DoNotChangeAnyOutput()
    {
        var a = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("User.cs", Forward) }));
        var b = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("User.cs", Permuted) }));
        Assert.Equal(a.Markdown, b.Markdown);
        Assert.Equal(a.Json, b.Json);
        Assert.Equal(a.Api, b.Api);
    }

    [Fact]
    public void RepeatedRuns_AreByteIdentical()
    {
        var first = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("User.cs", Forward) }));
        var second = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("User.cs", Forward) }));
        Assert.Equal(first.Markdown, second.Markdown);
        Assert.Equal(first.Json, second.Json);
        Assert.Equal(first.Api, second.Api);
    }

    [Fact]
    public void Diagnostics_NameMembersNeverValues()
    {
        var outcome = RobustnessRunner.Run(new[] { ("Seeded.cs", """
            using Microsoft.Extensions.Logging;
            using PiiGuard;
            public class Seeded
            {
                [Pii(Category.Contact)]
                public string Email { get; set; } = "jane.doe@example.com";
                [Pii(Category.Name)]
                public const string Founder = "John Founder";
            }
            class S
            {
                void Run(ILogger l, Seeded s)
                {
                    var copy = s.Email;
                    l.LogInformation(copy);
                    l.LogInformation(Seeded.Founder);
                    System.Text.Json.JsonSerializer.Serialize(s);
                    throw new System.Exception("bad " + s.Email);
                }
            }
            """) });
        Assert.NotEmpty(outcome.Diagnostics);
        Assert.All(outcome.Diagnostics, d =>
        {
            var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.DoesNotContain("jane.doe@example.com", message, StringComparison.Ordinal);
            Assert.DoesNotContain("John Founder", message, StringComparison.Ordinal);
        });
    }
}
