// Trains discovery's learned second opinion (src/PiiGuard.Analyzers/Discovery/NameModel.cs) and measures it.
//
// Usage (from the repository root):
//   dotnet run -c Release --project bench/discovery/name-model -- train
//       train on every labelled set (tests/PiiGuard.Tests/Discovery/real/*.tsv) and write
//       src/PiiGuard.Analyzers/Discovery/NameModel.personal.tsv and NameModel.category.tsv
//   dotnet run -c Release --project bench/discovery/name-model -- evaluate <set,set,...> <evaluation log> [--without <set,set,...>]
//       train without the listed sets (and those after --without), score the listed ones: the rules alone (their errors
//       read from <evaluation log>, a DiscoveryEvaluationTests run with --logger "console;verbosity=detailed" at the commit
//       whose rules are compared), rules or model at several thresholds (and, as a measurement, with a veto of the rules'
//       answers the model is sure of), each set as shipped, and every member the model adds
// The features are NameModel.Features, the analyzer's own; training is plain SGD in a fixed order from a fixed seed, and
// the tables are written sorted with fixed precision, so the same labelled sets give byte-identical tables.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PiiGuard.Analyzers.Discovery;

internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            if (args.Length == 1 && args[0] == "train")
            {
                return Train();
            }

            if (args.Length >= 3 && args[0] == "evaluate")
            {
                var without = args.Length >= 5 && args[3] == "--without" ? args[4].Split(',', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
                return Evaluate(args[1].Split(',', StringSplitOptions.RemoveEmptyEntries), args[2], without);
            }

            Console.Error.WriteLine("usage: name-model train | evaluate <set,set,...> <evaluation log> [--without <set,set,...>]");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine("name-model: " + e.Message);
            return 2;
        }
    }

    private static string Root()
    {
        var dir = Directory.GetCurrentDirectory();
        if (!Directory.Exists(Path.Combine(dir, "tests", "PiiGuard.Tests", "Discovery", "real")))
        {
            throw new IOException("run from the repository root: no tests/PiiGuard.Tests/Discovery/real here");
        }

        return dir;
    }

    private static int Train()
    {
        var rows = NameModelTraining.Load(Real());
        var (personal, category, summary) = NameModelTraining.Tables(rows);
        var dir = Path.Combine(Root(), "src", "PiiGuard.Analyzers", "Discovery");
        File.WriteAllText(Path.Combine(dir, "NameModel.personal.tsv"), personal, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "NameModel.category.tsv"), category, new UTF8Encoding(false));
        Console.WriteLine(summary);
        return 0;
    }

    private static string Real() => Path.Combine(Root(), "tests", "PiiGuard.Tests", "Discovery", "real");

    private static int Evaluate(string[] sets, string log, string[] without)
    {
        var rows = NameModelTraining.Load(Real());
        var unknown = sets.Concat(without).Where(s => !rows.Any(r => r.Set == s)).ToArray();
        if (unknown.Length > 0)
        {
            throw new IOException("no labelled set " + string.Join(", ", unknown));
        }

        var held = sets.ToHashSet(StringComparer.Ordinal);
        var excluded = sets.Concat(without).ToHashSet(StringComparer.Ordinal);
        var train = rows.Where(r => !excluded.Contains(r.Set)).ToArray();
        var w = NameModelTraining.Prune(NameModelTraining.TrainPersonal(train));
        var (columns, trainedCategory) = NameModelTraining.TrainCategory(train);
        var cw = NameModelTraining.Prune(trainedCategory);
        var (fn, fp) = RuleErrors(log);
        var scored = rows.Where(r => held.Contains(r.Set)).Select(r =>
        {
            var key = (r.Repo, r.Container, r.Member);
            var rules = r.Personal ? !fn.Contains(key) : fp.Contains(key);
            var f = NameModel.Features(r.Container, r.Member, r.Type);
            var p = NameModelTraining.Sigmoid(f.Sum(x => w.GetValueOrDefault(x)));
            var best = Enumerable.Range(0, columns.Length).MaxBy(j => f.Sum(x => cw.TryGetValue(x, out var v) ? v[j] : 0.0));
            // Where the model is not asked (NameModel.HasOpinion), it adds nothing.
            if (!rules && !NameModel.HasOpinion(r.Container, r.Type))
            {
                p = 0.0;
            }

            return (Row: r, Rules: rules, P: p, Category: columns[best]);
        }).ToArray();
        int y = scored.Count(s => s.Row.Personal), rh = scored.Count(s => s.Rules && s.Row.Personal), rf = scored.Count(s => s.Rules);
        Console.WriteLine($"{sets.Length} sets, trained on {train.Length} members of the other sets; rules {Ratio(rh, rf)} ({rh}/{rf}) / {Ratio(rh, y)} ({y} personal)");

        // What the model adds (as shipped), and, as a measurement, what a veto of the rules' answers below a probability would do.
        foreach (var veto in new[] { 0.0, 0.05, 0.1, 0.2 })
        {
            foreach (var add in new[] { 0.7, 0.8, 0.9, 0.95 })
            {
                bool Flag((NameModelTraining.Row Row, bool Rules, double P, string Category) s) => s.Rules ? s.P >= veto : s.P >= add;
                int h = scored.Count(s => Flag(s) && s.Row.Personal), f = scored.Count(Flag);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(veto == 0 ? "rules or model" : $"veto below {veto:0.00},")} at {add:0.00}: {Ratio(h, f)} / {Ratio(h, y)} ({h - rh:+0;-0;0} hits, {f - h - (rf - rh):+0;-0;0} false hits)"));
            }
        }

        bool Shipped((NameModelTraining.Row Row, bool Rules, double P, string Category) x) => x.Rules || x.P >= NameModel.AddAt;
        var added = scored.Where(s => !s.Rules && s.P >= NameModel.AddAt).ToArray();
        Console.WriteLine($"  as shipped (add at {NameModel.AddAt}): {added.Count(s => s.Row.Personal)} hits and {added.Count(s => !s.Row.Personal)} false hits added; category agreement on the added hits {added.Count(s => s.Row.Personal && s.Category == s.Row.Label)}/{added.Count(s => s.Row.Personal)}");
        foreach (var set in sets)
        {
            var s = scored.Where(x => x.Row.Set == set).ToArray();
            int sy = s.Count(x => x.Row.Personal), sh = s.Count(x => x.Rules && x.Row.Personal), sf = s.Count(x => x.Rules);
            int uh = s.Count(x => Shipped(x) && x.Row.Personal), uf = s.Count(Shipped);
            Console.WriteLine($"  {set}: rules {Ratio(sh, sf)} / {Ratio(sh, sy)}; with the model {Ratio(uh, uf)} / {Ratio(uh, sy)}");
        }

        foreach (var s in added.OrderBy(s => s.Row.Set, StringComparer.Ordinal).ThenBy(s => s.Row.Container, StringComparer.Ordinal).ThenBy(s => s.Row.Member, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {(s.Row.Personal ? "added hit" : "added false hit")} {s.P:0.00} {s.Row.Set} {s.Row.Repo} {s.Row.Container}.{s.Row.Member} ({s.Row.Type}) {s.Row.Label} as {s.Category}"));
        }

        return 0;
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    private static (HashSet<(string, string, string)> FalseNegatives, HashSet<(string, string, string)> FalsePositives) RuleErrors(string log)
    {
        var fn = new HashSet<(string, string, string)>();
        var fp = new HashSet<(string, string, string)>();
        foreach (Match m in Regex.Matches(File.ReadAllText(log), @"false (negative|positive): (\S+) (\S+)\.(\S+) \("))
        {
            (m.Groups[1].Value == "negative" ? fn : fp).Add((m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value));
        }

        if (fn.Count + fp.Count == 0)
        {
            throw new InvalidDataException(log + " holds no false negative or positive line: run the evaluation with --logger \"console;verbosity=detailed\"");
        }

        return (fn, fp);
    }
}
