using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using PiiGuard.Tests.Inventory;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Issue 16, deliverable 3 for stores: in audit mode a member discovery classifies as personal data but nobody marked,
/// written to a store where a declared member would get PII0501/PII0502, is PII0604 — on the real EF Core,
/// Microsoft.Extensions.Caching.Abstractions and StackExchange.Redis packages. Declared members keep PII05xx; a declared
/// home-region store (or a transfer route) allows both; audit off reports nothing; the map never lists the member.
/// </summary>
public sealed class AuditStorageTests
{
    private const string Legacy = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Caching.Distributed;
        using StackExchange.Redis;
        using PiiGuard;

        """;

    private const string LegacyTypes = AuditTest.LegacyTypes;

    private static CSharpAnalyzerTest<PiiFlowAnalyzer> Create(string code, bool? viaBuildProperty, string assemblyAttributes = "") =>
        AuditTest.Create(Legacy, code, viaBuildProperty, assemblyAttributes);

    private const string Stores = """
        class LegacyDb : DbContext
        {
            public DbSet<Person> People => Set<Person>();
            public DbSet<Invoice> Invoices => Set<Invoice>();
        }

        class Repository
        {
            private readonly LegacyDb db = new();
            private readonly IDistributedCache cache = null!;

            async Task Run(Person p, Invoice i)
            {
                db.People.Add({|PII0604:p|});
                db.Update({|PII0604:p|});
                await db.AddAsync({|PII0604:new Person { Email = p.Email }|});
                db.Invoices.Add(i);
                await db.SaveChangesAsync();

                cache.SetString("session:1", {|PII0604:p.Email|});
                await cache.SetStringAsync("phone:" + {|PII0604:p.PhoneNumber|}, "1");
                cache.SetString("plan:1", p.Plan);
                cache.SetString("person:1", p.Id.ToString());
            }
        }
        """;

    private static string WithoutMarkup(string code) => code.Replace("{|PII0604:", string.Empty).Replace("|}", string.Empty);

    [Fact]
    public Task Off_NothingReported() => Create(WithoutMarkup(Stores), viaBuildProperty: null).RunAsync();

    [Fact]
    public Task On_ViaMsBuildProperty_EfCoreAndCacheWritesReported() => Create(Stores, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_ViaGlobalConfig_EfCoreAndCacheWritesReported() => Create(Stores, viaBuildProperty: false).RunAsync();

    [Fact]
    public Task On_MessageNamesTheMembersAndWhy()
    {
        var test = Create("""
            class LegacyDb : DbContext { public DbSet<Person> People => Set<Person>(); }

            class Repository
            {
                void Run(LegacyDb db, IDistributedCache cache, Person p)
                {
                    db.People.Add(p);
                    cache.SetString("k", p.Email);
                }
            }
            """, viaBuildProperty: true);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PII0604", DiagnosticSeverity.Info).WithSpan(26, 23, 26, 24)
            .WithArguments("Person.Email and Person.PhoneNumber", "Contact", "DbSet.Add", "a store no [PiiStorage] declares", "Person.Email → Person → DbSet.Add"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PII0604", DiagnosticSeverity.Info).WithSpan(27, 30, 27, 37)
            .WithArguments("Person.Email", "Contact", "IDistributedCache.SetString", "a store no [PiiStorage] declares", "Person.Email → IDistributedCache.SetString"));
        return test.RunAsync();
    }

    [Fact]
    public Task On_StoreDeclaredInTheHomeRegion_NotReported() => Create("""
        [PiiStorage("Legacy database, Frankfurt", "DE")]
        class LegacyDb : DbContext { public DbSet<Person> People => Set<Person>(); }

        [PiiStorage("Session cache, Frankfurt", "DE")]
        class Sessions
        {
            private readonly IDistributedCache cache = null!;

            void Run(LegacyDb db, Person p)
            {
                db.People.Add(p);
                cache.SetString("session:1", p.Email);
                db.SaveChanges();
            }
        }
        """, viaBuildProperty: true, "[assembly: PiiHomeRegion(\"EU\")]\n").RunAsync();

    [Fact]
    public Task On_StoreOffRegion_ReportedUntilATransferCoversIt()
    {
        var test = Create("""
            class Profiles
            {
                [PiiStorage("Profile cache, Virginia", "US")]
                private readonly IDatabase usRedis = null!;

                [PiiStorage("Profile cache, Singapore", "SG")]
                private readonly IDatabase sgRedis = null!;

                [PiiStorage("Profile cache, Frankfurt", "DE")]
                private readonly IDatabase euRedis = null!;

                async Task Run(Person p)
                {
                    await usRedis.StringSetAsync("email", p.Email);
                    sgRedis.StringSet("email", {|#0:p.Email|});
                    euRedis.StringSet("email", p.Email);
                    sgRedis.StringSet("plan", p.Plan);
                }
            }
            """, viaBuildProperty: true, "[assembly: PiiHomeRegion(\"EU\")]\n[assembly: PiiTransfer(\"US\", TransferMechanism.AdequacyDecision)]\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PII0604", DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("Person.Email", "Contact", "IDatabase.StringSet (Profile cache, Singapore)", "a store in region SG, outside the home region EU, that no [assembly: PiiTransfer] covers", "Person.Email → IDatabase.StringSet (Profile cache, Singapore)"));
        return test.RunAsync();
    }

    [Fact]
    public Task On_DeclaredMemberStored_IsPii05xxNotPii0604() => Create("""
        public class Customer
        {
            public int Id { get; set; }

            [Pii(Category.Contact, Purpose = Purpose.Account)]
            public string Mail { get; set; } = "";
        }

        class ShopDb : DbContext { public DbSet<Customer> Customers => Set<Customer>(); }

        class Repository
        {
            void Run(ShopDb db, IDistributedCache cache, IDatabase redis, Customer c)
            {
                db.Customers.Add({|PII0501:c|});
                cache.SetString("mail", {|PII0501:c.Mail|});
                redis.StringSet("mail", {|PII0501:c.Mail|});
                db.SaveChanges();
            }
        }
        """, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_DeclaredAndProbableInOneEntity_KeepTheirOwnIds() => Create("""
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Account)]
            public string Mail { get; set; } = "";

            public string LastName { get; set; } = "";
        }

        class ShopDb : DbContext { public DbSet<Customer> Customers => Set<Customer>(); }

        class Repository
        {
            void Run(ShopDb db, IDistributedCache cache, Customer c)
            {
                db.Customers.Add({|PII0501:{|PII0604:c|}|});
                cache.SetString("name", {|PII0604:c.LastName|});
                cache.SetString("mail", {|PII0501:c.Mail|});
            }
        }
        """, viaBuildProperty: true).RunAsync();

    [Fact]
    public Task On_FilesAndCookies_Reported_DeclaredStoreNot()
    {
        var test = Create("""
            class Export
            {
                void Run(Microsoft.AspNetCore.Http.HttpResponse response, Person p)
                {
                    System.IO.File.WriteAllText("out.txt", {|PII0604:p.Email|});
                    using var writer = new System.IO.StreamWriter("people.csv");
                    writer.WriteLine({|PII0604:p.PhoneNumber|});
                    writer.WriteLine(p.Plan);
                    response.Cookies.Append("user", {|PII0604:p.Email|});
                    response.Cookies.Append("plan", p.Plan);
                }

                [PiiStorage("Export share, Frankfurt", "DE")]
                void Declared(Person p) => System.IO.File.WriteAllText("out.txt", p.Email);
            }
            """, viaBuildProperty: true, "[assembly: PiiHomeRegion(\"EU\")]\n");
        test.References = TestReferences.WithAspNetCore;
        return test.RunAsync();
    }

    [Fact]
    public Task On_HalfTypedCode_NoCrash_WriteStillJudged()
    {
        var test = Create("""
            [PiiStorage(null!, "DE")]
            class LegacyDb : DbContext { public DbSet<Person> People => Set<Person>(); }

            class Repository
            {
                void Run(LegacyDb db, IDistributedCache cache, Person p)
                {
                    db.People.Add({|PII0604:p|});
                    cache.SetString("k", {|PII0604:p.Email|});
                    cache.SetString(p.
                    db.People.Add(new Unknown { Email = p.Email });
                }
            }
            """, viaBuildProperty: true);
        test.AllowCompilerErrors = true;
        return test.RunAsync();
    }

    [Fact]
    public Task On_Severity_CanBeRaised()
    {
        var test = Create("""
            class Sessions
            {
                void Run(IDistributedCache cache, Person p) => cache.SetString("session", p.Email);
            }
            """, viaBuildProperty: true);
        test.EditorConfig = "[*.cs]\ndotnet_diagnostic.PII0604.severity = warning\n";
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PII0604", DiagnosticSeverity.Warning).WithSpan(22, 79, 22, 86));
        return test.RunAsync();
    }

    [Fact]
    public void Map_NeverListsInferredMembersThatAreStored()
    {
        var source = Legacy + LegacyTypes + """
            public class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Mail { get; set; } = ""; }
            class ShopDb : DbContext { public DbSet<Person> People => Set<Person>(); public DbSet<Customer> Customers => Set<Customer>(); }
            class Repository
            {
                void Run(ShopDb db, IDistributedCache cache, Person p, Customer c)
                {
                    db.People.Add(p);
                    cache.SetString("k", p.Email);
                    db.Customers.Add(c);
                    db.SaveChanges();
                }
            }
            """;
        var driver = InventoryTestHelper.Driver(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src", ["PiiGuardAudit"] = "true" });
        var result = InventoryTestHelper.Run(InventoryTestHelper.Compile(new[] { ("Legacy.cs", source) }), driver);
        Assert.Contains("Customer.Mail", result.Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Person.", result.Json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Person.", result.Markdown, System.StringComparison.Ordinal);
        Assert.DoesNotContain("PII0604", result.Json, System.StringComparison.Ordinal);
    }
}
