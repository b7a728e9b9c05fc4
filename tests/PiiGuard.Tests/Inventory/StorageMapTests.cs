using System;
using System.Collections.Generic;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>Issue 13, deliverable 2: the map's storage section and Flows come from the writes the code makes.</summary>
public sealed class StorageMapTests
{
    private const string Shop = """
        using PiiGuard;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Caching.Distributed;

        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiStorage("Cloud server, Frankfurt", "DE")]

        public class Customer
        {
            public int Id { get; set; }

            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";

            [Pii(Category.Name, Purpose = Purpose.ServiceDelivery)]
            public string Name { get; set; } = "";
        }

        [PiiStorage("Order database (Azure SQL, Amsterdam)", "NL")]
        public class ShopDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
        }

        public class Service
        {
            public void Register(ShopDb db, Customer c) => db.Customers.Add(c);

            public void Remember(IDistributedCache cache, Customer c) => cache.SetString("last", c.Email);
        }
        """;

    [Fact]
    public void StorageSection_ListsEachStoreAndTheItemsWrittenToIt()
    {
        var result = Run(Compile(new[] { ("Shop.cs", Shop) }), Driver(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        Assert.Contains("| Storage | Region | Declared for | Written by the code |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Order database (Azure SQL, Amsterdam) | NL | store | Customer.Email, Customer.Name |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Cloud server, Frankfurt | DE | application | Customer.Email |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Customer.Email | Store | DbSet.Add (Order database (Azure SQL, Amsterdam)) | Order database (Azure SQL, Amsterdam) (NL) | yes | Service.Register |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Customer.Email | Store | IDistributedCache.SetString (Cloud server, Frankfurt) | Cloud server, Frankfurt (DE) | yes | Service.Remember |", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Written to stores no `[PiiStorage]` declares", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void SdkPreset_UnplacedCall_RecordedInFlowsWithItsRecipient()
    {
        var code = Shop + """

            public class Billing
            {
                public void Charge(Customer c) => new Stripe.CustomerService().Create(new Stripe.CustomerCreateOptions { Email = c.Email });
            }
            """;
        var result = Run(Compile(new[] { ("Shop.cs", code) }), Driver(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        Assert.Contains("| Customer.Email | Send | CustomerService.Create (Stripe) | destination unknown | **no** (PII0404) | Billing.Charge |", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageSection_ListsWritesToUndeclaredStores()
    {
        var code = Shop.Replace("[assembly: PiiStorage(\"Cloud server, Frankfurt\", \"DE\")]", string.Empty, StringComparison.Ordinal);
        var result = Run(Compile(new[] { ("Shop.cs", code) }), Driver(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        Assert.Contains("Written to stores no `[PiiStorage]` declares:", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Customer.Email | IDistributedCache.SetString | Service.Remember |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Customer.Email | Store | IDistributedCache.SetString | store not declared | **no** (PII0501) | Service.Remember |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("| PII0501 | Personal data is written to a store no ", result.Markdown, StringComparison.Ordinal);
        Assert.Contains(" declares | Customer.Email | IDistributedCache.SetString | store not declared | Service.Remember |", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| Cloud server, Frankfurt |", result.Markdown, StringComparison.Ordinal);
    }
}
