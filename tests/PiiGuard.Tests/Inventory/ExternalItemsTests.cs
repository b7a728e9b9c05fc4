using System;
using System.Linq;
using Xunit;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// The data map lists what <c>[assembly: PiiExternal]</c> declares: a framework group given purposes and a third-party
/// member marked as personal data, each with its category and declared purposes.
/// </summary>
public sealed class ExternalItemsTests
{
    private const string Model = """
        using PiiGuard;
        public class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = ""; }
        """;

    [Fact]
    public void PiiExternal_ItemsAppearInTheMap_WithCategoryAndPurposes()
    {
        var result = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[]
        {
            ("Customer.cs", Model),
            ("Sources.cs", """
                using PiiGuard;
                [assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Security)]
                [assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.FraudPrevention)]
                [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), nameof(MimeKit.MailboxAddress.Address), Category.Contact, Purpose = Purpose.Communications, Description = "Where receipts are mailed")]
                [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), "", Category.Contact)]
                """),
        }));

        var rows = Rows(result.Markdown, "Items");
        var ip = rows.Single(r => r[0] == "Client IP address");
        Assert.Contains(ip, c => c.Contains("Security", StringComparison.Ordinal) && c.Contains("Fraud", StringComparison.Ordinal));
        Assert.Contains("IpAddress", result.Json, StringComparison.Ordinal);
        var address = rows.Single(r => r[0] == "Address");
        Assert.Contains(address, c => c.Contains("Where receipts are mailed", StringComparison.Ordinal));
        Assert.Equal(3, rows.Count);
        Assert.Contains("FrameworkSource", result.Api, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPiiExternal_OnlyDeclaredItems()
    {
        var result = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("Customer.cs", Model) }));
        Assert.Equal(new[] { "Email" }, Rows(result.Markdown, "Items").Select(r => r[0]));
    }

    private static System.Collections.Generic.List<string[]> Rows(string markdown, string section)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l == "## " + section);
        Assert.True(start >= 0, "no section " + section);
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .SkipWhile(l => !l.StartsWith("|---", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray()).ToList();
    }
}
