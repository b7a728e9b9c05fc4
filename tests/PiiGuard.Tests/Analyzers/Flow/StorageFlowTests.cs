using System.Threading.Tasks;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Issue 13, deliverable 2: writes to stores (EF Core, distributed caches, Redis, files, streams, cookies) are placed by
/// <c>[PiiStorage]</c>; PII0501 when nothing declares the store, PII0502 when it is outside the home region without a route.
/// </summary>
public sealed class StorageFlowTests
{
    private const string Header = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Caching.Distributed;
        using StackExchange.Redis;
        [assembly: PiiHomeRegion("EU")]

        """;

    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(Header + code);

    [Fact]
    public Task EfCore_EntityAddedToUndeclaredContext_Reported() => VerifyAsync("""
        class ShopDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
            public DbSet<Order> Orders => Set<Order>();
        }

        class Repository
        {
            private readonly ShopDb db = new();

            async Task Run(Customer c)
            {
                db.Customers.Add({|PII0501:c|});
                await db.AddAsync({|PII0501:c|});
                db.Update({|PII0501:c|});
                db.Orders.Add({|PII0501:new Order { Customer = c }|});
                db.Set<Address>().AddRange({|PII0501:c.ShippingAddress|});
                await db.SaveChangesAsync();
            }
        }
        """);

    [Fact]
    public Task EfCore_ContextDeclaresItsStoreInTheHomeRegion_NotReported() => VerifyAsync("""
        [PiiStorage("Order database, Frankfurt", "DE")]
        class ShopDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
        }

        class Repository
        {
            private readonly ShopDb db = new();

            void Run(Customer c, ShopDb other)
            {
                db.Customers.Add(c);
                other.Attach(c);
                db.SaveChanges();
            }
        }
        """);

    [Fact]
    public Task EfCore_EntityWithoutDeclaredMembers_NotReported() => VerifyAsync("""
        class Product { public int Id { get; set; } public string Title { get; set; } = ""; }

        class ShopDb : DbContext
        {
            public DbSet<Product> Products => Set<Product>();
        }

        class Repository
        {
            void Run(ShopDb db) => db.Products.Add(new Product { Title = "Sneaker" });
        }
        """);

    [Fact]
    public Task EfCore_ContextInAnotherRegion_ReportedUntilATransferCoversIt() => VerifyAsync("""
        [PiiStorage("Analytics warehouse, Virginia", "US")]
        class WarehouseDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
        }

        [PiiStorage("Order database, Frankfurt", "DE")]
        class ShopDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
        }

        class Copier
        {
            void Run(Customer c, WarehouseDb warehouse, ShopDb shop)
            {
                warehouse.Customers.Add({|PII0502:c|});
                shop.Customers.Add(c);
            }
        }
        """);

    [Fact]
    public Task EfCore_TransferRouteCoversTheStoresRegion_NotReported() => FlowTest.VerifyAsync(Header + """
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]

        [PiiStorage("Analytics warehouse, Virginia", "US")]
        class WarehouseDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
        }

        class Copier
        {
            void Run(Customer c, WarehouseDb warehouse) => warehouse.Customers.Add(c);
        }
        """);

    [Fact]
    public Task AssemblyStorage_DeclaresEveryStore_NotReported() => FlowTest.VerifyAsync(Header + """
        [assembly: PiiStorage("Cloud server, Frankfurt", "DE")]

        class ShopDb : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
        }

        class Repository
        {
            void Run(Customer c, ShopDb db, IDistributedCache cache)
            {
                db.Customers.Add(c);
                cache.SetString("customer", c.Email);
                System.IO.File.WriteAllText("customer.txt", c.Name);
            }
        }
        """);

    [Fact]
    public Task DistributedCache_ValueOrKeyCarriesPersonalData_Reported() => VerifyAsync("""
        class Sessions
        {
            private readonly IDistributedCache cache = null!;

            async Task Run(Customer c)
            {
                cache.SetString("session:1", {|PII0501:c.Email|});
                await cache.SetStringAsync("by-mail:" + {|PII0501:c.Email|}, "1");
                cache.Set("name", {|PII0501:System.Text.Encoding.UTF8.GetBytes(c.Name)|});
                cache.SetString("session:2", c.Id.ToString());
            }
        }
        """);

    [Fact]
    public Task DistributedCache_WrapperClassDeclaresTheStore_NotReported() => VerifyAsync("""
        [PiiStorage("Session cache (Redis), Frankfurt", "DE")]
        class Sessions
        {
            private readonly IDistributedCache cache = null!;

            void Run(Customer c) => cache.SetString("session:1", c.Email);
        }
        """);

    [Fact]
    public Task Redis_StringSetAndHashSet_Reported() => VerifyAsync("""
        class Profiles
        {
            private readonly IDatabase redis = null!;

            [PiiStorage("Profile cache, Virginia", "US")]
            private readonly IDatabase usRedis = null!;

            [PiiStorage("Profile cache, Frankfurt", "DE")]
            private readonly IDatabase euRedis = null!;

            async Task Run(Customer c)
            {
                redis.StringSet("email", {|PII0501:c.Email|});
                await redis.HashSetAsync("customer", "name", {|PII0501:c.Name|});
                await usRedis.ListRightPushAsync("emails", {|PII0502:c.Email|});
                euRedis.StringSet("email", c.Email);
                redis.StringSet("visits", c.Id);
            }
        }
        """);

    [Fact]
    public Task Files_WriteAndAppend_Reported() => VerifyAsync("""
        class Export
        {
            async Task Run(Customer c, System.IO.Stream stream)
            {
                System.IO.File.WriteAllText("out.txt", {|PII0501:c.Email|});
                await System.IO.File.AppendAllLinesAsync("out.txt", new[] { {|PII0501:c.Name|} });
                System.IO.File.WriteAllText("count.txt", c.Id.ToString());
                using var writer = new System.IO.StreamWriter("customers.csv");
                writer.WriteLine({|PII0501:c.Email|});
                writer.WriteLine("header");
                writer.WriteLine("{0};{1}", {|PII0501:c.Name|}, c.Id);
                System.IO.TextWriter asText = writer;
                asText.Write(c.Email);
                stream.Write({|PII0501:System.Text.Encoding.UTF8.GetBytes(c.Name)|});
            }
        }
        """);

    [Fact]
    public Task Files_MethodDeclaresTheStore_NotReported() => VerifyAsync("""
        class Export
        {
            [PiiStorage("Export share, Frankfurt", "DE")]
            void Run(Customer c) => System.IO.File.WriteAllText("out.txt", c.Email);
        }
        """);

    [Fact]
    public Task Cookies_ResponseCookieCarriesPersonalData_Reported()
    {
        var test = FlowTest.Create(Header + """
            class Login
            {
                void Run(Microsoft.AspNetCore.Http.HttpResponse response, Customer c)
                {
                    response.Cookies.Append("user", {|PII0501:c.Email|});
                    response.Cookies.Append("theme", "dark");
                }
            }

            [PiiStorage("Visitor's browser (cookie)", "EU")]
            class DeclaredLogin
            {
                void Run(Microsoft.AspNetCore.Http.HttpResponse response, Customer c) => response.Cookies.Append("user", c.Email);
            }
            """);
        test.References = TestReferences.WithAspNetCore;
        return test.RunAsync();
    }

    [Fact]
    public Task HalfTypedStorage_NoCrash_WriteStillJudged()
    {
        // A [PiiStorage] without its region does not bind to a store: the write is to an undeclared store.
        var test = FlowTest.Create(Header + """
            [PiiStorage("Order database")]
            class ShopDb : DbContext
            {
                public DbSet<Customer> Customers => Set<Customer>();
            }

            [PiiStorage(null!, "DE")]
            class OtherDb : DbContext
            {
                public DbSet<Customer> Customers => Set<Customer>();
            }

            class Repository
            {
                void Run(Customer c, ShopDb db, OtherDb other)
                {
                    db.Customers.Add({|PII0501:c|});
                    other.Customers.Add({|PII0501:c|});
                    db.Customers.Add(
                }
            }
            """);
        test.AllowCompilerErrors = true;
        return test.RunAsync();
    }

    [Fact]
    public Task Helper_WritesItsParameter_ReportedAtTheCaller() => VerifyAsync("""
        class Store
        {
            private readonly IDatabase redis = null!;

            void Put(string key, string value) => redis.StringSet(key, value);

            void Run(Customer c)
            {
                Put("email", {|PII0501:c.Email|});
                Put("plan", "gold");
            }
        }
        """);
}
