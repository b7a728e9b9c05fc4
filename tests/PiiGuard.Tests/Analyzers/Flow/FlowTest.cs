using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>Shared models for the flow tests: what a shop's code base declares.</summary>
internal static class FlowTest
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using PiiGuard;

        """;

    public const string Models = """
        using System.Collections.Generic;
        using PiiGuard;

        public class Customer
        {
            public int Id { get; set; }

            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Email { get; set; } = "";

            [Pii(Category.Name, Purpose = Purpose.ServiceDelivery)]
            public string Name { get; set; } = "";

            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.FraudPrevention)]
            public string VerifiedPhone { get; set; } = "";

            [Pii(Category.Health, Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics, LegalBasis = LegalBasis.Consent)]
            public string Allergy { get; set; } = "";

            [Pii(Category.Contact)]
            public string Fax { get; set; } = "";

            public Address ShippingAddress { get; set; } = new();
        }

        public class Address
        {
            [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)]
            public string Street { get; set; } = "";

            public string Country { get; set; } = "";
        }

        public class Order
        {
            public int Id { get; set; }
            public Customer Customer { get; set; } = new();
            public decimal Total { get; set; }
        }

        public record CustomerRecord(int Id, [property: Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] string Email);

        public record Registration([Pii(Category.Name, Purpose = Purpose.Account)] string Name, string Plan);
        """;

    public static Task VerifyAsync(string code, params DiagnosticResult[] expected) => Create(code, expected).RunAsync();

    public static CSharpAnalyzerTest<PiiFlowAnalyzer> Create(string code, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<PiiFlowAnalyzer> { TestCode = Usings + code };
        test.AdditionalSources.Add(("Models.cs", Models));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
