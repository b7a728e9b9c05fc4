using System.Globalization;
using System.Text;

namespace PiiGuard.Benchmarks;

/// <summary>A diagnostic the corpus is built to produce.</summary>
internal sealed record Finding(string Id, string File, int Line)
{
    public override string ToString() => $"{Id} {File}:{Line}";
}

/// <summary>A generated solution: its files and the findings planted in it.</summary>
internal sealed record Corpus(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<Finding> Expected, int Lines);

/// <summary>
/// Writes a synthetic but realistic code base of about the requested size: per module a model file (people, addresses,
/// records, a partner client) and a service file (structured logging, serialization, partner calls, helpers, LINQ,
/// and mostly business logic that touches no personal data). Leaks are planted at known lines and listed, so the
/// benchmark can check that speed never comes from missing flows.
/// </summary>
internal static class CorpusGenerator
{
    private const int LinesPerModule = 200;

    public static Corpus Generate(int targetLines, int seed)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        var expected = new List<Finding>();
        files.Add(("Assembly.cs", "using PiiGuard;\n[assembly: PiiHomeRegion(\"EU\")]\n[assembly: PiiTransfer(\"CN\", TransferMechanism.StandardContractualClauses)]\n"));
        var modules = Math.Max(1, targetLines / LinesPerModule);
        for (var m = 0; m < modules; m++)
        {
            files.Add(Models(m, expected));
            files.Add(Service(m, random, expected));
        }

        var lines = files.Sum(f => f.Item2.Count(c => c == '\n'));
        return new Corpus(files, expected, lines);
    }

    /// <summary>A file with one method of about <paramref name="lines"/> lines that moves personal data around.</summary>
    public static (string Path, string Text) LongMethod(int lines)
    {
        var w = new Writer("LongMethod.cs");
        w.Line("using Microsoft.Extensions.Logging;");
        w.Line("using Corpus.M0;");
        w.Line("namespace Corpus.Long;");
        w.Line("public sealed class Batch");
        w.Line("{");
        w.Line("    public decimal Run(ILogger logger, Customer0 c, System.Collections.Generic.List<Order0> orders)");
        w.Line("    {");
        w.Line("        var total = 0m;");
        w.Line("        var label = c.Email;");
        for (var i = 0; w.Count < lines - 4; i++)
        {
            switch (i % 6)
            {
                case 0: w.Line($"        total += orders.Count > {i % 17} ? orders[{i % 3}].Total * {i % 7 + 1}m : {i}m;"); break;
                case 1: w.Line($"        if (total > {i * 3}) {{ total -= {i % 11}; label = \"batch-{i}\"; }}"); break;
                case 2: w.Line($"        var note{i} = label + \"-{i}\";"); break;
                case 3: w.Line($"        logger.LogDebug(\"Step {{Step}} total {{Total}}\", {i}, total);"); break;
                case 4: w.Line($"        label = {(i % 12 == 4 ? "c.Name" : "label.Trim()")};"); break;
                default: w.Line($"        if (note{i - 3}.Length > {i % 40}) {{ logger.LogTrace(\"{{Note}}\", note{i - 3}); }}"); break;
            }
        }

        w.Line("        return total;");
        w.Line("    }");
        w.Line("}");
        return (w.Path, w.ToString());
    }

    private static (string, string) Models(int m, List<Finding> expected)
    {
        var w = new Writer($"M{m}/Models{m}.cs");
        w.Line("using PiiGuard;");
        w.Line($"namespace Corpus.M{m};");
        w.Line($"public sealed class Customer{m}");
        w.Line("{");
        w.Line("    public int Id { get; set; }");
        w.Line("    [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.Communications, Retention = \"P2Y\", LegalBasis = LegalBasis.Contract)]");
        w.Line("    public string Email { get; set; } = \"\";");
        w.Line("    [Pii(Category.Name, Purpose = Purpose.ServiceDelivery, LegalBasis = LegalBasis.Contract)]");
        w.Line("    public string Name { get; set; } = \"\";");
        w.Line("    [Pii(Category.Contact, Purpose = Purpose.FraudPrevention, LegalBasis = LegalBasis.LegitimateInterests)]");
        w.Line("    public string Phone { get; set; } = \"\";");
        expected.Add(new Finding("PII0001", w.Path, w.Count + 1));
        w.Line("    [Pii(Category.Contact)]");
        w.Line("    public string Fax { get; set; } = \"\";");
        w.Line($"    public Address{m} Address {{ get; set; }} = new();");
        w.Line("    public decimal Balance { get; set; }");
        w.Line("    public System.DateTime CreatedAt { get; set; }");
        w.Line("}");
        w.Line($"public sealed class Address{m}");
        w.Line("{");
        w.Line("    [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery, LegalBasis = LegalBasis.Contract)]");
        w.Line("    public string Street { get; set; } = \"\";");
        // Unmarked, and a person's city by discovery's rules (docs/discovery.md): suggested.
        expected.Add(new Finding("PII0008", w.Path, w.Count + 1));
        w.Line("    public string City { get; set; } = \"\";");
        w.Line("    public string Country { get; set; } = \"DE\";");
        w.Line("}");
        w.Line($"public sealed record Order{m}(int Id, decimal Total, [property: Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] string DeliveryEmail);");
        w.Line($"[PiiDestination(\"US\", Recipient = \"Partner {m}\")]");
        w.Line($"public sealed class PartnerClient{m}");
        w.Line("{");
        w.Line("    public System.Threading.Tasks.Task SendAsync(object payload) => System.Threading.Tasks.Task.CompletedTask;");
        w.Line("}");
        return (w.Path, w.ToString());
    }

    private static (string, string) Service(int m, Random random, List<Finding> expected)
    {
        var w = new Writer($"M{m}/Service{m}.cs");
        w.Line("using System;");
        w.Line("using System.Collections.Generic;");
        w.Line("using System.Linq;");
        w.Line("using System.Threading.Tasks;");
        w.Line("using Microsoft.Extensions.Logging;");
        w.Line("using PiiGuard;");
        w.Line($"namespace Corpus.M{m};");
        w.Line($"public sealed class CustomerService{m}");
        w.Line("{");
        w.Line($"    private readonly ILogger<CustomerService{m}> logger;");
        w.Line($"    private readonly PartnerClient{m} partner;");
        w.Line($"    public CustomerService{m}(ILogger<CustomerService{m}> logger, PartnerClient{m} partner) {{ this.logger = logger; this.partner = partner; }}");
        w.Line("    private void Trace(string value) => Write(\"trace\", value);");
        w.Line("    private void Write(string label, string value) => logger.LogDebug(\"{Label}: {Value}\", label, value);");
        w.Line($"    private static string Describe(Customer{m} c) => c.Name + \" <\" + c.Id + \">\";");

        // Compliant flows: ids, lengths, covered purposes, redaction.
        w.Line($"    public void Register(Customer{m} c)");
        w.Line("    {");
        w.Line("        logger.LogInformation(\"Registered customer {Id} at {Time}\", c.Id, c.CreatedAt);");
        w.Line("        logger.LogInformation(\"Email length {Length}, has phone {HasPhone}\", c.Email.Length, !string.IsNullOrEmpty(c.Phone));");
        w.Line("        logger.LogInformation(\"Verifying {Phone}\", c.Phone);");
        w.Line("        logger.LogInformation(\"Contact {Email}\", Redact.Mask(c.Email, 3));");
        w.Line("    }");

        // Planted leaks: one of each kind, in a module-dependent order.
        var kinds = Enumerable.Range(0, 9).OrderBy(_ => random.Next()).Take(4).ToList();
        foreach (var kind in kinds)
        {
            Leak(w, m, kind, expected);
        }

        // Business logic that touches no personal data: most of any real code base.
        var index = 0;
        while (w.Count < LinesPerModule - 2)
        {
            Filler(w, m, index++, random);
        }

        w.Line("}");
        return (w.Path, w.ToString());
    }

    private static void Leak(Writer w, int m, int kind, List<Finding> expected)
    {
        w.Line($"    public async Task Leak{kind}(Customer{m} c, List<Customer{m}> batch, Order{m} order)");
        w.Line("    {");
        switch (kind)
        {
            case 0:
                expected.Add(new Finding("PII0101", w.Path, w.Count + 1));
                w.Line("        logger.LogInformation(\"Signed up {Email}\", c.Email);");
                break;
            case 1:
                w.Line("        var who = c.Name;");
                expected.Add(new Finding("PII0101", w.Path, w.Count + 1));
                w.Line("        logger.LogWarning($\"Could not reach {who}\");");
                break;
            case 2:
                expected.Add(new Finding("PII0101", w.Path, w.Count + 1));
                w.Line("        Trace(c.Email);");
                break;
            case 3:
                w.Line("        var emails = string.Join(\",\", batch.Select(x => x.Email));");
                expected.Add(new Finding("PII0101", w.Path, w.Count + 1));
                w.Line("        logger.LogInformation(\"Batch {Emails}\", emails);");
                break;
            case 4:
                expected.Add(new Finding("PII0103", w.Path, w.Count + 1));
                w.Line("        logger.LogInformation(\"Customer {@Customer}\", c);");
                break;
            case 5:
                expected.Add(new Finding("PII0201", w.Path, w.Count + 1));
                w.Line("        var json = System.Text.Json.JsonSerializer.Serialize(c);");
                w.Line("        logger.LogDebug(\"Serialized {Length} bytes\", json.Length);");
                break;
            case 6:
                expected.Add(new Finding("PII0302", w.Path, w.Count + 1));
                w.Line("        await partner.SendAsync(c.Email);");
                expected.Add(new Finding("PII0301", w.Path, w.Count + 1));
                w.Line("        await partner.SendAsync(c.Fax);");
                break;
            case 7:
                expected.Add(new Finding("PII0103", w.Path, w.Count + 1));
                w.Line("        logger.LogInformation($\"Order {order} placed\");");
                break;
            default:
                w.Line("        logger.LogInformation(\"Described {Who}\", Describe(c).Length);");
                w.Line("        if (c.Id < 0)");
                w.Line("        {");
                expected.Add(new Finding("PII0102", w.Path, w.Count + 1));
                w.Line("            throw new InvalidOperationException(\"Unknown customer \" + Describe(c));");
                w.Line("        }");
                break;
        }

        w.Line("        await Task.CompletedTask;");
        w.Line("    }");
    }

    private static void Filler(Writer w, int m, int index, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                w.Line($"    public decimal Tax{index}(IEnumerable<Order{m}> orders)");
                w.Line("    {");
                w.Line("        var total = 0m;");
                w.Line("        foreach (var o in orders)");
                w.Line("        {");
                w.Line($"            total += o.Total * {0.05m + (index % 20) / 100m}m;");
                w.Line($"            if (total > {1000 + index}) {{ total -= {index % 13}; }}");
                w.Line("        }");
                w.Line("        return Math.Round(total, 2);");
                w.Line("    }");
                break;
            case 1:
                w.Line($"    public IReadOnlyList<int> Top{index}(IEnumerable<Order{m}> orders, int count) =>");
                w.Line($"        orders.Where(o => o.Total > {index % 50}).OrderByDescending(o => o.Total).Take(count).Select(o => o.Id).ToList();");
                break;
            case 2:
                w.Line($"    public string Label{index}(int id, decimal amount)");
                w.Line("    {");
                w.Line($"        var text = $\"#{{id:D6}}-{index}\";");
                w.Line("        logger.LogDebug(\"Labelled {Id} for {Amount}\", id, amount);");
                w.Line("        return amount > 100 ? text.ToUpperInvariant() : text;");
                w.Line("    }");
                break;
            default:
                w.Line($"    public int Score{index}(Customer{m} c, int visits)");
                w.Line("    {");
                w.Line($"        var score = visits * {index % 7 + 1} + (c.Balance > 0 ? 10 : 0);");
                w.Line("        for (var i = 0; i < visits % 5; i++) { score += i; }");
                w.Line("        logger.LogTrace(\"Customer {Id} scored {Score}\", c.Id, score);");
                w.Line("        return score;");
                w.Line("    }");
                break;
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder text = new();

        public Writer(string path) => Path = path;

        public string Path { get; }

        public int Count { get; private set; }

        public void Line(string line)
        {
            text.Append(line).Append('\n');
            Count++;
        }

        public override string ToString() => text.ToString();
    }
}
