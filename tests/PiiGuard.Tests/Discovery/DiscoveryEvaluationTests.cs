using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PiiGuard.Analyzers.Discovery;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PiiGuard.Tests.Discovery;

/// <summary>
/// Precision and recall of PII0008's name heuristic on members of real public code bases (real/*.tsv: tuning, eleven held-out
/// sets, each scored once before any rule was drawn from it, all but held-out 10 then tuned on) and on the earlier hand-written
/// name sets (evaluation-set.tsv, holdout-set*.tsv). A member is a true positive when it is personal data and PiiGuard flags
/// it; category agreement is reported separately.
/// </summary>
public sealed partial class DiscoveryEvaluationTests
{
    private readonly ITestOutputHelper output;

    public DiscoveryEvaluationTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    internal static (string Domain, string Container, string Member, string Type, string Expected)[] Set(string file = "evaluation-set.tsv") =>
        File.ReadAllLines(RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1], c[2], c[3], c[4]))
            .ToArray();

    [Fact]
    public void EvaluationSet_HasAtLeast400NamesFromSeveralDomains()
    {
        var set = Set();
        Assert.True(set.Length >= 400, $"{set.Length} names");
        Assert.True(set.Select(r => r.Domain).Distinct().Count() >= 5);
        Assert.Contains(set, r => r.Container == "Product" && r.Member == "Name" && r.Expected == "-");
        Assert.Contains(set, r => r.Member == "FileName" && r.Expected == "-");
        Assert.Contains(set, r => r.Member == "ServerAddress" && r.Expected == "-");
        Assert.Contains(set, r => r.Member == "EmailTemplateId" && r.Expected == "-");
    }

    [Fact]
    public void Heuristic_ReachesPrecisionAndRecallOf90Percent()
    {
        var (precision, recall) = Evaluate("evaluation-set.tsv");
        Assert.True(precision >= 0.90, $"precision {precision:F3}");
        Assert.True(recall >= 0.90, $"recall {recall:F3}");
    }

    /// <summary>
    /// The held-out set was written after the heuristic and is never used to tune it: it measures how the rules
    /// generalise. Its figures are reported in docs/discovery.md; the test only guards against regressions.
    /// </summary>
    [Fact]
    public void Heuristic_OnHeldOutNames_IsMeasuredAndReported()
    {
        // Regression floor only, set below the latest measured 0.930 / 0.791 (first 0.940 / 0.701; docs/discovery.md); not a quality target.
        var (precision, recall) = Evaluate("holdout-set.tsv");
        Assert.True(precision >= 0.92 && recall >= 0.79, $"held-out precision {precision:F3}, recall {recall:F3}");
    }

    [Fact]
    public void Heuristic_OnSecondHeldOutSet_IsMeasuredAndReported()
    {
        // Regression floor only: the latest measured 0.958 / 0.932 rounded down (docs/discovery.md; 0.969 / 0.863 before the
        // learned second opinion: it finds a bank customer's risk rating and PIN, and suggests a permit application's fee); not
        // a quality target.
        var (precision, recall) = Evaluate("holdout-set-2.tsv");
        Assert.True(precision >= 0.95 && recall >= 0.93, $"held-out precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// Members of real public code bases (tests/PiiGuard.Tests/Discovery/real), labelled by hand by the rules in
    /// docs/discovery.md; the code base ("owner/repo") stands in the domain column.
    /// </summary>
    internal static (string Domain, string Container, string Member, string Type, string Expected)[] RealSet(string file) =>
        File.ReadAllLines(RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", "real", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0].Split('@')[0], c[2], c[3], c[4], c[6]))
            .ToArray();

    [Fact]
    public void RealSets_HaveAtLeast1500MembersFromTenCodeBases_SplitByCodeBase()
    {
        var sets = new[] { "tuning.tsv", "heldout-1.tsv", "heldout-2.tsv", "heldout-3.tsv", "heldout-4.tsv", "heldout-5.tsv", "heldout-6.tsv", "heldout-7.tsv", "heldout-8.tsv", "heldout-9.tsv", "heldout-10.tsv", "heldout-11.tsv", "heldout-12.tsv", "heldout-13.tsv", "heldout-14.tsv", "heldout-15.tsv", "heldout-16.tsv", "heldout-17.tsv", "heldout-18.tsv", "heldout-19.tsv", "heldout-20.tsv", "heldout-21.tsv", "heldout-22.tsv", "heldout-23.tsv", "heldout-24.tsv", "heldout-25.tsv", "heldout-26.tsv", "heldout-27.tsv", "heldout-28.tsv", "heldout-29.tsv", "heldout-30.tsv", "heldout-31.tsv", "heldout-32.tsv", "heldout-33.tsv", "heldout-34.tsv", "heldout-35.tsv", "heldout-36.tsv", "heldout-37.tsv", "heldout-38.tsv", "heldout-39.tsv", "heldout-40.tsv", "heldout-41.tsv", "heldout-42.tsv", "heldout-43.tsv", "heldout-44.tsv", "heldout-45.tsv", "heldout-46.tsv", "heldout-47.tsv", "heldout-48.tsv", "heldout-49.tsv", "heldout-50.tsv", "heldout-51.tsv", "heldout-52.tsv", "heldout-53.tsv", "heldout-54.tsv", "heldout-55.tsv", "heldout-56.tsv", "heldout-57.tsv", "heldout-58.tsv", "heldout-59.tsv", "heldout-60.tsv", "heldout-61.tsv", "heldout-62.tsv", "heldout-63.tsv", "heldout-64.tsv", "heldout-65.tsv", "heldout-66.tsv", "heldout-67.tsv", "heldout-68.tsv", "heldout-69.tsv" }.Select(RealSet).ToArray();
        Assert.True(sets.Sum(s => s.Length) >= 1500, $"{sets.Sum(s => s.Length)} members");
        var bases = sets.Select(s => s.Select(r => r.Domain).ToHashSet()).ToArray();
        Assert.True(bases.Sum(b => b.Count) >= 10, $"{bases.Sum(b => b.Count)} code bases");
        Assert.True(bases[2].Count >= 3, $"{bases[2].Count} code bases never tuned on");
        Assert.Empty(bases[0].Intersect(bases[1]));
        Assert.Empty(bases[0].Intersect(bases[2]));
        Assert.Empty(bases[1].Intersect(bases[2]));
        Assert.True(bases[3].Count >= 4 && sets[3].Length >= 500, $"{bases[3].Count} code bases, {sets[3].Length} members (set 3)");
        Assert.True(bases[4].Count >= 4 && sets[4].Length >= 500, $"{bases[4].Count} code bases, {sets[4].Length} members (set 4)");
        Assert.True(bases[5].Count >= 5 && sets[5].Length >= 500, $"{bases[5].Count} code bases, {sets[5].Length} members held out (set 5)");
        Assert.All(bases.Take(3), b => Assert.Empty(b.Intersect(bases[3])));
        Assert.All(bases.Take(4), b => Assert.Empty(b.Intersect(bases[4])));
        Assert.All(bases.Take(5), b => Assert.Empty(b.Intersect(bases[5])));
        Assert.True(bases[6].Count >= 5 && sets[6].Length >= 500, $"{bases[6].Count} code bases, {sets[6].Length} members held out (set 6)");
        Assert.All(bases.Take(6), b => Assert.Empty(b.Intersect(bases[6])));
        Assert.True(bases[7].Count >= 5 && sets[7].Length >= 500, $"{bases[7].Count} code bases, {sets[7].Length} members held out (set 7)");
        Assert.All(bases.Take(7), b => Assert.Empty(b.Intersect(bases[7])));
        Assert.True(bases[8].Count >= 6 && sets[8].Length >= 600, $"{bases[8].Count} code bases, {sets[8].Length} members held out (set 8)");
        Assert.True(sets[8].Count(r => r.Expected != "-") >= 120, "set 8 has at least 120 personal members");
        Assert.All(bases.Take(8), b => Assert.Empty(b.Intersect(bases[8])));
        Assert.True(bases[9].Count >= 6 && sets[9].Length >= 600, $"{bases[9].Count} code bases, {sets[9].Length} members held out (set 9)");
        Assert.True(sets[9].Count(r => r.Expected != "-") >= 150, "set 9 has at least 150 personal members");
        Assert.All(bases.Take(9), b => Assert.Empty(b.Intersect(bases[9])));
        Assert.True(bases[10].Count >= 6 && sets[10].Length >= 550, $"{bases[10].Count} code bases, {sets[10].Length} members held out (set 10)");
        Assert.True(sets[10].Count(r => r.Expected != "-") >= 150, "set 10 has at least 150 personal members");
        Assert.All(bases.Take(10), b => Assert.Empty(b.Intersect(bases[10])));
        Assert.True(bases[11].Count >= 6 && sets[11].Length >= 600, $"{bases[11].Count} code bases, {sets[11].Length} members held out (set 11)");
        Assert.True(sets[11].Count(r => r.Expected != "-") >= 150, "set 11 has at least 150 personal members");
        Assert.All(bases.Take(11), b => Assert.Empty(b.Intersect(bases[11])));
        Assert.True(bases[12].Count >= 7 && sets[12].Length >= 700, $"{bases[12].Count} code bases, {sets[12].Length} members held out (set 12)");
        Assert.True(sets[12].Count(r => r.Expected != "-") >= 200, "set 12 has at least 200 personal members");
        Assert.All(bases.Take(12), b => Assert.Empty(b.Intersect(bases[12])));
        Assert.True(bases[13].Count >= 7 && sets[13].Length >= 700, $"{bases[13].Count} code bases, {sets[13].Length} members held out (set 13)");
        Assert.All(bases.Take(13), b => Assert.Empty(b.Intersect(bases[13])));
        Assert.True(bases[14].Count >= 7 && sets[14].Length >= 800, $"{bases[14].Count} code bases, {sets[14].Length} members held out (set 14)");
        Assert.True(sets[14].Count(r => r.Expected != "-") >= 130, "set 14 has at least 130 personal members");
        Assert.All(bases.Take(14), b => Assert.Empty(b.Intersect(bases[14])));
        Assert.True(bases[15].Count >= 8 && sets[15].Length >= 800, $"{bases[15].Count} code bases, {sets[15].Length} members held out (set 15)");
        Assert.True(sets[15].Count(r => r.Expected != "-") >= 200, "set 15 has at least 200 personal members");
        Assert.All(bases.Take(15), b => Assert.Empty(b.Intersect(bases[15])));
        Assert.True(bases[16].Count >= 8 && sets[16].Length >= 750, $"{bases[16].Count} code bases, {sets[16].Length} members held out (set 16)");
        Assert.True(sets[16].Count(r => r.Expected != "-") >= 170, "set 16 has at least 170 personal members");
        Assert.All(bases.Take(16), b => Assert.Empty(b.Intersect(bases[16])));
        Assert.True(bases[17].Count >= 8 && sets[17].Length >= 750, $"{bases[17].Count} code bases, {sets[17].Length} members held out (set 17)");
        Assert.True(sets[17].Count(r => r.Expected != "-") >= 250, "set 17 has at least 250 personal members");
        Assert.All(bases.Take(17), b => Assert.Empty(b.Intersect(bases[17])));
        Assert.True(bases[18].Count >= 8 && sets[18].Length >= 740, $"{bases[18].Count} code bases, {sets[18].Length} members held out (set 18)");
        Assert.True(sets[18].Count(r => r.Expected != "-") >= 250, "set 18 has at least 250 personal members");
        Assert.All(bases.Take(18), b => Assert.Empty(b.Intersect(bases[18])));
        Assert.True(bases[19].Count >= 7 && sets[19].Length >= 650, $"{bases[19].Count} code bases, {sets[19].Length} members held out (set 19)");
        Assert.True(sets[19].Count(r => r.Expected != "-") >= 180, "set 19 has at least 180 personal members");
        Assert.All(bases.Take(19), b => Assert.Empty(b.Intersect(bases[19])));
        Assert.True(bases[20].Count >= 8 && sets[20].Length >= 800, $"{bases[20].Count} code bases, {sets[20].Length} members held out (set 20)");
        Assert.True(sets[20].Count(r => r.Expected != "-") >= 170, "set 20 has at least 170 personal members");
        Assert.All(bases.Take(20), b => Assert.Empty(b.Intersect(bases[20])));
        Assert.True(bases[21].Count >= 8 && sets[21].Length >= 800, $"{bases[21].Count} code bases, {sets[21].Length} members held out (set 21)");
        Assert.True(sets[21].Count(r => r.Expected != "-") >= 270, "set 21 has at least 270 personal members");
        Assert.All(bases.Take(21), b => Assert.Empty(b.Intersect(bases[21])));
        Assert.True(bases[22].Count >= 8 && sets[22].Length >= 850, $"{bases[22].Count} code bases, {sets[22].Length} members held out (set 22)");
        Assert.True(sets[22].Count(r => r.Expected != "-") >= 170, "set 22 has at least 170 personal members");
        Assert.All(bases.Take(22), b => Assert.Empty(b.Intersect(bases[22])));
        Assert.True(bases[23].Count >= 8 && sets[23].Length >= 850, $"{bases[23].Count} code bases, {sets[23].Length} members held out (set 23)");
        Assert.True(sets[23].Count(r => r.Expected != "-") >= 170, "set 23 has at least 170 personal members");
        Assert.All(bases.Take(23), b => Assert.Empty(b.Intersect(bases[23])));
        Assert.True(bases[24].Count >= 8 && sets[24].Length >= 800, $"{bases[24].Count} code bases, {sets[24].Length} members held out (set 24)");
        Assert.True(sets[24].Count(r => r.Expected != "-") >= 230, "set 24 has at least 230 personal members");
        Assert.All(bases.Take(24), b => Assert.Empty(b.Intersect(bases[24])));
        Assert.True(bases[25].Count >= 7 && sets[25].Length >= 750, $"{bases[25].Count} code bases, {sets[25].Length} members held out (set 25)");
        Assert.True(sets[25].Count(r => r.Expected != "-") >= 220, "set 25 has at least 220 personal members");
        Assert.All(bases.Take(25), b => Assert.Empty(b.Intersect(bases[25])));
        Assert.True(bases[26].Count >= 7 && sets[26].Length >= 750, $"{bases[26].Count} code bases, {sets[26].Length} members held out (set 26)");
        Assert.True(sets[26].Count(r => r.Expected != "-") >= 150, "set 26 has at least 150 personal members");
        Assert.All(bases.Take(26), b => Assert.Empty(b.Intersect(bases[26])));
        Assert.True(bases[27].Count >= 7 && sets[27].Length >= 700, $"{bases[27].Count} code bases, {sets[27].Length} members held out (set 27)");
        Assert.True(sets[27].Count(r => r.Expected != "-") >= 240, "set 27 has at least 240 personal members");
        Assert.All(bases.Take(27), b => Assert.Empty(b.Intersect(bases[27])));
        Assert.True(bases[28].Count >= 7 && sets[28].Length >= 600, $"{bases[28].Count} code bases, {sets[28].Length} members held out (set 28)");
        Assert.True(sets[28].Count(r => r.Expected != "-") >= 140, "set 28 has at least 140 personal members");
        Assert.All(bases.Take(28), b => Assert.Empty(b.Intersect(bases[28])));
        Assert.True(bases[29].Count >= 8 && sets[29].Length >= 800, $"{bases[29].Count} code bases, {sets[29].Length} members held out (set 29)");
        Assert.True(sets[29].Count(r => r.Expected != "-") >= 230, "set 29 has at least 230 personal members");
        Assert.All(bases.Take(29), b => Assert.Empty(b.Intersect(bases[29])));
        Assert.True(bases[30].Count >= 8 && sets[30].Length >= 800, $"{bases[30].Count} code bases, {sets[30].Length} members held out (set 30)");
        Assert.True(sets[30].Count(r => r.Expected != "-") >= 260, "set 30 has at least 260 personal members");
        Assert.All(bases.Take(30), b => Assert.Empty(b.Intersect(bases[30])));
        Assert.True(bases[31].Count >= 8 && sets[31].Length >= 800, $"{bases[31].Count} code bases, {sets[31].Length} members held out (set 31)");
        Assert.True(sets[31].Count(r => r.Expected != "-") >= 200, "set 31 has at least 200 personal members");
        Assert.All(bases.Take(31), b => Assert.Empty(b.Intersect(bases[31])));
        Assert.True(bases[32].Count >= 7 && sets[32].Length >= 650, $"{bases[32].Count} code bases, {sets[32].Length} members held out (set 32)");
        Assert.True(sets[32].Count(r => r.Expected != "-") >= 150, "set 32 has at least 150 personal members");
        Assert.All(bases.Take(32), b => Assert.Empty(b.Intersect(bases[32])));
        Assert.True(bases[33].Count >= 7 && sets[33].Length >= 650, $"{bases[33].Count} code bases, {sets[33].Length} members held out (set 33)");
        Assert.True(sets[33].Count(r => r.Expected != "-") >= 160, "set 33 has at least 160 personal members");
        Assert.All(bases.Take(33), b => Assert.Empty(b.Intersect(bases[33])));
        Assert.True(bases[34].Count >= 6 && sets[34].Length >= 600, $"{bases[34].Count} code bases, {sets[34].Length} members held out (set 34)");
        Assert.True(sets[34].Count(r => r.Expected != "-") >= 120, "set 34 has at least 120 personal members");
        Assert.All(bases.Take(34), b => Assert.Empty(b.Intersect(bases[34])));
        Assert.True(bases[35].Count >= 7 && sets[35].Length >= 750, $"{bases[35].Count} code bases, {sets[35].Length} members held out (set 35)");
        Assert.True(sets[35].Count(r => r.Expected != "-") >= 190, "set 35 has at least 190 personal members");
        Assert.All(bases.Take(35), b => Assert.Empty(b.Intersect(bases[35])));
        Assert.True(bases[36].Count >= 7 && sets[36].Length >= 700, $"{bases[36].Count} code bases, {sets[36].Length} members held out (set 36)");
        Assert.True(sets[36].Count(r => r.Expected != "-") >= 170, "set 36 has at least 170 personal members");
        Assert.All(bases.Take(36), b => Assert.Empty(b.Intersect(bases[36])));
        Assert.True(bases[37].Count >= 6 && sets[37].Length >= 550, $"{bases[37].Count} code bases, {sets[37].Length} members held out (set 37)");
        Assert.True(sets[37].Count(r => r.Expected != "-") >= 130, "set 37 has at least 130 personal members");
        Assert.All(bases.Take(37), b => Assert.Empty(b.Intersect(bases[37])));
        Assert.True(bases[38].Count >= 5 && sets[38].Length >= 450, $"{bases[38].Count} code bases, {sets[38].Length} members held out (set 38)");
        Assert.True(sets[38].Count(r => r.Expected != "-") >= 100, "set 38 has at least 100 personal members");
        Assert.All(bases.Take(38), b => Assert.Empty(b.Intersect(bases[38])));
        Assert.True(bases[39].Count >= 5 && sets[39].Length >= 500, $"{bases[39].Count} code bases, {sets[39].Length} members held out (set 39)");
        Assert.True(sets[39].Count(r => r.Expected != "-") >= 125, "set 39 has at least 125 personal members");
        Assert.All(bases.Take(39), b => Assert.Empty(b.Intersect(bases[39])));
        Assert.True(bases[40].Count >= 6 && sets[40].Length >= 600, $"{bases[40].Count} code bases, {sets[40].Length} members held out (set 40)");
        Assert.True(sets[40].Count(r => r.Expected != "-") >= 135, "set 40 has at least 135 personal members");
        Assert.All(bases.Take(40), b => Assert.Empty(b.Intersect(bases[40])));
        Assert.True(bases[41].Count >= 5 && sets[41].Length >= 500, $"{bases[41].Count} code bases, {sets[41].Length} members held out (set 41)");
        Assert.True(sets[41].Count(r => r.Expected != "-") >= 165, "set 41 has at least 165 personal members");
        Assert.All(bases.Take(41), b => Assert.Empty(b.Intersect(bases[41])));
        Assert.True(bases[42].Count >= 5 && sets[42].Length >= 400, $"{bases[42].Count} code bases, {sets[42].Length} members held out (set 42)");
        Assert.True(sets[42].Count(r => r.Expected != "-") >= 170, "set 42 has at least 170 personal members");
        Assert.All(bases.Take(42), b => Assert.Empty(b.Intersect(bases[42])));
        Assert.True(bases[43].Count >= 5 && sets[43].Length >= 450, $"{bases[43].Count} code bases, {sets[43].Length} members held out (set 43)");
        Assert.True(sets[43].Count(r => r.Expected != "-") >= 150, "set 43 has at least 150 personal members");
        Assert.All(bases.Take(43), b => Assert.Empty(b.Intersect(bases[43])));
        Assert.True(bases[44].Count >= 5 && sets[44].Length >= 500, $"{bases[44].Count} code bases, {sets[44].Length} members held out (set 44)");
        Assert.True(sets[44].Count(r => r.Expected != "-") >= 150, "set 44 has at least 150 personal members");
        Assert.All(bases.Take(44), b => Assert.Empty(b.Intersect(bases[44])));
        Assert.True(bases[45].Count >= 5 && sets[45].Length >= 490, $"{bases[45].Count} code bases, {sets[45].Length} members held out (set 45)");
        Assert.True(sets[45].Count(r => r.Expected != "-") >= 145, "set 45 has at least 145 personal members");
        Assert.All(bases.Take(45), b => Assert.Empty(b.Intersect(bases[45])));
        Assert.True(bases[46].Count >= 5 && sets[46].Length >= 550, $"{bases[46].Count} code bases, {sets[46].Length} members held out (set 46)");
        Assert.True(sets[46].Count(r => r.Expected != "-") >= 175, "set 46 has at least 175 personal members");
        Assert.All(bases.Take(46), b => Assert.Empty(b.Intersect(bases[46])));
        Assert.True(bases[47].Count >= 5 && sets[47].Length >= 430, $"{bases[47].Count} code bases, {sets[47].Length} members held out (set 47)");
        Assert.True(sets[47].Count(r => r.Expected != "-") >= 100, "set 47 has at least 100 personal members");
        Assert.All(bases.Take(47), b => Assert.Empty(b.Intersect(bases[47])));
        Assert.True(bases[48].Count >= 5 && sets[48].Length >= 550, $"{bases[48].Count} code bases, {sets[48].Length} members held out (set 48)");
        Assert.True(sets[48].Count(r => r.Expected != "-") >= 160, "set 48 has at least 160 personal members");
        Assert.All(bases.Take(48), b => Assert.Empty(b.Intersect(bases[48])));
        Assert.True(bases[49].Count >= 5 && sets[49].Length >= 430, $"{bases[49].Count} code bases, {sets[49].Length} members held out (set 49)");
        Assert.True(sets[49].Count(r => r.Expected != "-") >= 100, "set 49 has at least 100 personal members");
        Assert.All(bases.Take(49), b => Assert.Empty(b.Intersect(bases[49])));
        Assert.True(bases[50].Count >= 5 && sets[50].Length >= 520, $"{bases[50].Count} code bases, {sets[50].Length} members held out (set 50)");
        Assert.True(sets[50].Count(r => r.Expected != "-") >= 130, "set 50 has at least 130 personal members");
        Assert.All(bases.Take(50), b => Assert.Empty(b.Intersect(bases[50])));
        Assert.True(bases[51].Count >= 4 && sets[51].Length >= 280, $"{bases[51].Count} code bases, {sets[51].Length} members held out (set 51)");
        Assert.True(sets[51].Count(r => r.Expected != "-") >= 70, "set 51 has at least 70 personal members");
        Assert.All(bases.Take(51), b => Assert.Empty(b.Intersect(bases[51])));
        Assert.True(bases[52].Count >= 4 && sets[52].Length >= 370, $"{bases[52].Count} code bases, {sets[52].Length} members held out (set 52)");
        Assert.True(sets[52].Count(r => r.Expected != "-") >= 110, "set 52 has at least 110 personal members");
        Assert.All(bases.Take(52), b => Assert.Empty(b.Intersect(bases[52])));
        Assert.True(bases[53].Count >= 4 && sets[53].Length >= 360, $"{bases[53].Count} code bases, {sets[53].Length} members held out (set 53)");
        Assert.True(sets[53].Count(r => r.Expected != "-") >= 120, "set 53 has at least 120 personal members");
        Assert.All(bases.Take(53), b => Assert.Empty(b.Intersect(bases[53])));
        Assert.True(bases[54].Count >= 4 && sets[54].Length >= 430, $"{bases[54].Count} code bases, {sets[54].Length} members held out (set 54)");
        Assert.True(sets[54].Count(r => r.Expected != "-") >= 115, "set 54 has at least 115 personal members");
        Assert.All(bases.Take(54), b => Assert.Empty(b.Intersect(bases[54])));
        Assert.True(bases[55].Count >= 4 && sets[55].Length >= 370, $"{bases[55].Count} code bases, {sets[55].Length} members held out (set 55)");
        Assert.True(sets[55].Count(r => r.Expected != "-") >= 60, "set 55 has at least 60 personal members");
        Assert.All(bases.Take(55), b => Assert.Empty(b.Intersect(bases[55])));
        Assert.True(bases[56].Count >= 4 && sets[56].Length >= 430, $"{bases[56].Count} code bases, {sets[56].Length} members held out (set 56)");
        Assert.True(sets[56].Count(r => r.Expected != "-") >= 135, "set 56 has at least 135 personal members");
        Assert.All(bases.Take(56), b => Assert.Empty(b.Intersect(bases[56])));
        Assert.True(bases[57].Count >= 5 && sets[57].Length >= 470, $"{bases[57].Count} code bases, {sets[57].Length} members held out (set 57)");
        Assert.True(sets[57].Count(r => r.Expected != "-") >= 100, "set 57 has at least 100 personal members");
        Assert.All(bases.Take(57), b => Assert.Empty(b.Intersect(bases[57])));
        Assert.True(bases[58].Count >= 5 && sets[58].Length >= 520, $"{bases[58].Count} code bases, {sets[58].Length} members held out (set 58)");
        Assert.True(sets[58].Count(r => r.Expected != "-") >= 100, "set 58 has at least 100 personal members");
        Assert.All(bases.Take(58), b => Assert.Empty(b.Intersect(bases[58])));
        Assert.True(bases[59].Count >= 4 && sets[59].Length >= 370, $"{bases[59].Count} code bases, {sets[59].Length} members held out (set 59)");
        Assert.True(sets[59].Count(r => r.Expected != "-") >= 110, "set 59 has at least 110 personal members");
        Assert.All(bases.Take(59), b => Assert.Empty(b.Intersect(bases[59])));
        Assert.True(bases[60].Count >= 4 && sets[60].Length >= 360, $"{bases[60].Count} code bases, {sets[60].Length} members held out (set 60)");
        Assert.True(sets[60].Count(r => r.Expected != "-") >= 110, "set 60 has at least 110 personal members");
        Assert.All(bases.Take(60), b => Assert.Empty(b.Intersect(bases[60])));
        Assert.True(bases[61].Count >= 5 && sets[61].Length >= 510, $"{bases[61].Count} code bases, {sets[61].Length} members held out (set 61)");
        Assert.True(sets[61].Count(r => r.Expected != "-") >= 80, "set 61 has at least 80 personal members");
        Assert.All(bases.Take(61), b => Assert.Empty(b.Intersect(bases[61])));
        Assert.True(bases[62].Count >= 5 && sets[62].Length >= 420, $"{bases[62].Count} code bases, {sets[62].Length} members held out (set 62)");
        Assert.True(sets[62].Count(r => r.Expected != "-") >= 160, "set 62 has at least 160 personal members");
        Assert.All(bases.Take(62), b => Assert.Empty(b.Intersect(bases[62])));
        Assert.True(bases[63].Count >= 5 && sets[63].Length >= 460, $"{bases[63].Count} code bases, {sets[63].Length} members held out (set 63)");
        Assert.True(sets[63].Count(r => r.Expected != "-") >= 120, "set 63 has at least 120 personal members");
        Assert.All(bases.Take(63), b => Assert.Empty(b.Intersect(bases[63])));
        Assert.True(bases[64].Count >= 4 && sets[64].Length >= 380, $"{bases[64].Count} code bases, {sets[64].Length} members held out (set 64)");
        Assert.True(sets[64].Count(r => r.Expected != "-") >= 80, "set 64 has at least 80 personal members");
        Assert.All(bases.Take(64), b => Assert.Empty(b.Intersect(bases[64])));
        Assert.True(bases[65].Count >= 4 && sets[65].Length >= 420, $"{bases[65].Count} code bases, {sets[65].Length} members held out (set 65)");
        Assert.True(sets[65].Count(r => r.Expected != "-") >= 80, "set 65 has at least 80 personal members");
        Assert.All(bases.Take(65), b => Assert.Empty(b.Intersect(bases[65])));
        Assert.True(bases[66].Count >= 4 && sets[66].Length >= 310, $"{bases[66].Count} code bases, {sets[66].Length} members held out (set 66)");
        Assert.True(sets[66].Count(r => r.Expected != "-") >= 75, "set 66 has at least 75 personal members");
        Assert.All(bases.Take(66), b => Assert.Empty(b.Intersect(bases[66])));
        Assert.True(bases[67].Count >= 4 && sets[67].Length >= 380, $"{bases[67].Count} code bases, {sets[67].Length} members held out (set 67)");
        Assert.True(sets[67].Count(r => r.Expected != "-") >= 90, "set 67 has at least 90 personal members");
        Assert.All(bases.Take(67), b => Assert.Empty(b.Intersect(bases[67])));
        Assert.True(bases[68].Count >= 4 && sets[68].Length >= 420, $"{bases[68].Count} code bases, {sets[68].Length} members held out (set 68)");
        Assert.True(sets[68].Count(r => r.Expected != "-") >= 95, "set 68 has at least 95 personal members");
        Assert.All(bases.Take(68), b => Assert.Empty(b.Intersect(bases[68])));
        Assert.True(bases[69].Count >= 5 && sets[69].Length >= 530, $"{bases[69].Count} code bases, {sets[69].Length} members held out (set 69)");
        Assert.True(sets[69].Count(r => r.Expected != "-") >= 105, "set 69 has at least 105 personal members");
        Assert.All(bases.Take(69), b => Assert.Empty(b.Intersect(bases[69])));

        // Held-out 71 and 72 (held-out 70, started with them, was never built): checked on their own, against every set above
        // and each other.
        var set71 = RealSet("heldout-71.tsv");
        var bases71 = set71.Select(r => r.Domain).ToHashSet();
        Assert.True(bases71.Count >= 4 && set71.Length >= 390, $"{bases71.Count} code bases, {set71.Length} members held out (set 71)");
        Assert.True(set71.Count(r => r.Expected != "-") >= 160, "set 71 has at least 160 personal members");
        Assert.All(bases, b => Assert.Empty(b.Intersect(bases71)));
        var set72 = RealSet("heldout-72.tsv");
        var bases72 = set72.Select(r => r.Domain).ToHashSet();
        Assert.True(bases72.Count >= 4 && set72.Length >= 210, $"{bases72.Count} code bases, {set72.Length} members held out (set 72)");
        Assert.True(set72.Count(r => r.Expected != "-") >= 45, "set 72 has at least 45 personal members");
        Assert.All(bases.Append(bases71), b => Assert.Empty(b.Intersect(bases72)));
        Assert.All(set71.Concat(set72), r => Assert.True(r.Expected == "-" || Enum.TryParse<PiiGuard.Category>(r.Expected, out _), r.Expected));

        // Held-out 74 to 77 and 79 (twenty-sixth session; held-out 70, 73 and 78 were started and never built): each checked against
        // every set above and the others, with its size; so are the sets of the twenty-seventh session (held-out 83) and of the
        // twenty-eighth (held-out 82, and held-out 80 and 84, whose helpers found two and three code bases of new domains in
        // their time).
        var seen = bases.Append(bases71).Append(bases72).ToList();
        foreach (var (number, codeBases, members, personal) in new[] { (74, 4, 370, 74), (75, 4, 440, 125), (76, 4, 429, 135), (77, 4, 440, 90), (79, 4, 279, 80), (83, 4, 440, 129), (82, 5, 411, 148), (80, 2, 123, 53), (84, 3, 284, 47), (81, 4, 399, 97), (85, 4, 440, 100), (87, 4, 392, 76), (86, 4, 373, 70) })
        {
            var set = RealSet($"heldout-{number}.tsv");
            var setBases = set.Select(r => r.Domain).ToHashSet();
            Assert.True(setBases.Count >= codeBases && set.Length >= members, $"{setBases.Count} code bases, {set.Length} members held out (set {number})");
            Assert.True(set.Count(r => r.Expected != "-") >= personal, $"set {number} has at least {personal} personal members");
            Assert.All(seen, b => Assert.Empty(b.Intersect(setBases)));
            Assert.All(set, r => Assert.True(r.Expected == "-" || Enum.TryParse<PiiGuard.Category>(r.Expected, out _), r.Expected));
            seen.Add(setBases);
        }

        Assert.All(sets.SelectMany(s => s), r => Assert.True(r.Expected == "-" || Enum.TryParse<PiiGuard.Category>(r.Expected, out _), r.Expected));
    }

    [Fact]
    public void Heuristic_OnRealTuningSet_ReachesPrecisionAndRecallOf90Percent()
    {
        var (precision, recall) = Evaluate("tuning.tsv", RealSet("tuning.tsv"));
        Assert.True(precision >= 0.90, $"precision {precision:F3}");
        Assert.True(recall >= 0.90, $"recall {recall:F3}");
    }

    /// <summary>
    /// The first held-out code bases were scored once (precision 0.667, recall 0.543) and then tuned on, so they are tuning
    /// data now; the floor is the figure after tuning (0.900 / 0.667) rounded down: a regression guard.
    /// </summary>
    [Fact]
    public void Heuristic_OnFirstRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-1.tsv", RealSet("heldout-1.tsv"));
        Assert.True(precision >= 0.90 && recall >= 0.66, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The second held-out code bases were scored once (precision 0.774, recall 0.621) and then tuned on (rules generalised
    /// from their errors), so they are tuning data now; the floor is the figure after tuning (0.929 / 0.985) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSecondRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-2.tsv", RealSet("heldout-2.tsv"));
        Assert.True(precision >= 0.92 && recall >= 0.98, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The third held-out code bases (six domains none of the earlier sets covers) were labelled and committed before the
    /// classifier ran on them and scored once (precision 0.571, recall 0.636), then tuned on, so they are tuning data now;
    /// the floor is the figure after tuning (0.712 / 0.841) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirdRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-3.tsv", RealSet("heldout-3.tsv"));
        Assert.True(precision >= 0.71 && recall >= 0.84, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fourth held-out code bases (five more domains) were labelled and committed before the classifier ran on them and
    /// scored once (precision 0.929, recall 0.549), then tuned on (rules generalised from their errors), so they are tuning
    /// data now; the floor is the figure after tuning (0.983 / 0.831) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFourthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-4.tsv", RealSet("heldout-4.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifth held-out code bases (six domains: a social network, microfinance, dating, HR, a school, ticketing) were
    /// labelled and committed before the classifier ran on them and scored once (precision 0.987, recall 0.728), then tuned
    /// on (rules generalised from their errors), so they are tuning data now; the floor is the figure after tuning
    /// (1.000 / 0.981) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-5.tsv", RealSet("heldout-5.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.98, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixth held-out code bases (six production code bases of domains none of the earlier sets covers: a dental practice,
    /// a chat server, church management, apprenticeship recruiting, a package registry's accounts, an office suite's mail
    /// and CRM) were labelled and committed before the classifier ran on them and scored once (precision 0.714, recall 0.429),
    /// then tuned on (rules generalised from their errors), so they are tuning data now; the floor is the figure after tuning
    /// (1.000 / 0.686) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-6.tsv", RealSet("heldout-6.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.68, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventh held-out code bases (six public code bases of domains none of the earlier sets covers: a government
    /// teacher-recruitment API, error monitoring, a help desk, household surveys, a nonprofit CRM's data layer, an
    /// emergency-support supplier portal) were labelled and committed before the classifier ran on them and scored once
    /// (precision 0.794 (27/34), recall 0.628 (27/43)), then tuned on (rules generalised from their errors), so they are
    /// tuning data now; the floor is the figure after tuning (0.886 / 0.907) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-7.tsv", RealSet("heldout-7.tsv"));
        Assert.True(precision >= 0.88 && recall >= 0.90, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighth held-out code bases (six public code bases picked for domains not yet covered and for personal data:
    /// nurse recruiting, a government teacher register and its sign-in service, a clinic, an estate agency, insurance)
    /// were labelled and committed before the classifier ran on them, and scored once: precision 0.921 (93/101), recall
    /// 0.689 (93/135) (docs/discovery.md) — the honest estimate for a new code base. Then tuned on (rules generalised from
    /// their errors), so they are tuning data now; the floor is the figure after tuning rounded down (0.983 / 0.881 after the
    /// held-out 7/8 round, 0.984 / 0.896 after the held-out 9 round: its cheque numbers are now found).
    /// </summary>
    [Fact]
    public void Heuristic_OnEighthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-8.tsv", RealSet("heldout-8.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.89, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The ninth held-out code bases (eight public code bases picked for domains not yet covered and for personal data: open
    /// banking, customer messaging, e-mail marketing, hotel booking, courier shipments, library lending, a nonprofit's donor
    /// integration, school accounts) were labelled and committed before the classifier ran on them, and scored once:
    /// precision 0.847 (100/118), recall 0.654 (100/153) (docs/discovery.md) — the honest estimate for a new code base. The
    /// set was then tuned on (rules generalised from its errors), so it is tuning data now; the floor is the figure after
    /// tuning (0.943 / 0.863) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnNinthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-9.tsv", RealSet("heldout-9.tsv"));
        Assert.True(precision >= 0.94 && recall >= 0.86, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The tenth held-out code bases (seven public code bases picked for domains not yet covered and for personal data:
    /// blood donation, pandemic patients and vaccination, an election campaign's voters ledger, a taxi call centre, car
    /// rental, property letting, a law firm) were labelled and committed before the classifier ran on them, and scored once
    /// with the unchanged rules of the held-out 9 round: precision 0.863 (113/131), recall 0.585 (113/193)
    /// (docs/discovery.md) — the honest estimate for a new code base. Never tuned on. Re-scored once, without looking at its
    /// errors, after the rules of the held-out 11 round: precision 0.851 (114/134), recall 0.591 (114/193) — the unseen
    /// figure of that round; and once more after the rules of the held-out 12 round: precision 0.854 (117/137), recall 0.606
    /// (117/193). After held-out 13 was built and scored once, its errors were studied for the first time and rules drawn
    /// from them (the held-out 10 round), so it is tuning data now; the floor is the figure after tuning (162/174 = 0.931,
    /// 162/193 = 0.839) rounded down, and its precision floor 0.92 since the twentieth session's record-about-one-person
    /// evidence added one false hit (a rental booking's ConditionNotes, 171/184 = 0.929) with one more hit.
    /// </summary>
    [Fact]
    public void Heuristic_OnTenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-10.tsv", RealSet("heldout-10.tsv"));
        Assert.True(precision >= 0.92 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eleventh held-out code bases (eight public code bases picked for domains not yet covered and for personal data:
    /// a gym, an airport, a pharmacy, tour booking, a travel agency, car parking, a cinema, a student dormitory) were
    /// labelled and committed before the classifier ran on them, and scored once with the unchanged rules of the held-out 9
    /// round: precision 0.962 (127/132), recall 0.774 (127/164) (docs/discovery.md) — the honest estimate for a new code
    /// base. The set was then tuned on (rules generalised from its errors), so it is tuning data now; the floor is the figure
    /// after tuning (159/160 = 0.994, 159/164 = 0.9695) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEleventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-11.tsv", RealSet("heldout-11.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.96, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twelfth held-out code bases (seven public code bases picked for domains not yet covered and for personal data:
    /// traffic-ticket disputes at a court, a fitness tracker's API, an elderly care home, a telecom operator's subscriber
    /// provisioning, restaurant reservations, a bank's salary-account profiling, food delivery) were labelled and committed
    /// before the classifier ran on them, and scored once with the unchanged rules of the held-out 11 round: precision 0.855
    /// (112/131), recall 0.541 (112/207) (docs/discovery.md) — the honest estimate for a new code base. The set was then
    /// tuned on (rules generalised from its errors), so it is tuning data now; the floor is the figure after tuning
    /// (149/161 = 0.925, 149/207 = 0.720) rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwelfthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-12.tsv", RealSet("heldout-12.tsv"));
        Assert.True(precision >= 0.92 && recall >= 0.71, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirteenth held-out code bases (seven public code bases picked for domains not yet covered and for personal data:
    /// legal services and visas, genealogy, a community award programme, municipal citizen complaints, charity
    /// crowdfunding, pet adoption, a football club) were labelled and committed before the classifier ran on them, and
    /// scored once with the unchanged rules of the held-out 12 round, printing totals and per-code-base counts only:
    /// precision 0.915 (130/142), recall 0.628 (130/207) (docs/discovery.md) — the honest estimate for a new code base.
    /// It is the never-tuned set now (its errors have not been printed). Re-scored once, totals and per-code-base counts only,
    /// after the rules drawn from held-out 10's errors: precision 0.905 (133/147), recall 0.643 (133/207) — the unseen figure
    /// of that round. Re-scored once more after this round's container, attribute and language evidence (after held-out 14 was
    /// scored), totals and per-code-base counts only: precision 0.908 (138/152), recall 0.667 (138/207). The floor is that
    /// re-score. Then (held-out 14 built and scored first) its errors were printed and rules drawn from them: 0.944 (169/179) /
    /// 0.816 (169/207) after tuning. It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirteenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-13.tsv", RealSet("heldout-13.tsv"));
        Assert.True(precision >= 0.94 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fourteenth held-out code bases (eight public code bases of domains not yet covered: a Dutch childcare centre,
    /// electricity billing, a prison, a digital wallet with KYC, a tutoring marketplace, a freelancing marketplace, a
    /// matrimonial site, visitor management) were labelled and committed by a helper session that neither ran nor read the
    /// classifier, and scored once with the rules of this round (container, attribute and language evidence), printing totals
    /// and per-code-base counts only: precision 0.943 (83/88), recall 0.606 (83/137) — the same as with the rules before this
    /// round (docs/discovery.md). Re-scored once after the rules drawn from held-out 13's errors, totals only: unchanged. In the
    /// seventeenth session, after held-out 15 was scored, its errors were printed and rules drawn from them: 0.963 / 0.759. It is
    /// tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFourteenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-14.tsv", RealSet("heldout-14.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.75, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifteenth held-out code bases (eight public code bases of domains not yet covered: a borough's social-care case
    /// files, international students' visas, income-tax filing, a mental-health app's emergency monitoring, a food bank, salon
    /// booking, a boarding-house finder, insurance claims) were labelled and committed by a helper session that neither ran nor
    /// read the classifier, and scored once with the unchanged rules of the sixteenth session, printing totals and
    /// per-code-base counts only: precision 0.838 (114/136), recall 0.567 (114/201) (docs/discovery.md); re-scored once after the
    /// rules drawn from held-out 14, unchanged. In the eighteenth session, after held-out 16 was built, its errors were printed
    /// and rules drawn from them: 0.895 (145/162) / 0.721 (145/201). It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFifteenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-15.tsv", RealSet("heldout-15.tsv"));
        Assert.True(precision >= 0.89 && recall >= 0.72, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixteenth held-out code bases (eight public code bases of domains not yet covered: emergency-services dispatch, a
    /// funeral home's CRM, a driving school, a car repair shop, police case management, a loyalty programme, an optician, an HIV
    /// clinical data repository) were labelled and committed by a helper session that did not run the classifier, and scored
    /// once with the rules of the eighteenth session, printing totals and per-code-base counts only: precision 0.930 (107/115),
    /// recall 0.601 (107/178) — the same as with the seventeenth session's rules, before those drawn from held-out 15
    /// (docs/discovery.md). Then, while held-out 17 was being built, its errors were printed and rules drawn from them: 0.958
    /// (136/142) / 0.764 (136/178). It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixteenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-16.tsv", RealSet("heldout-16.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.76, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventeenth held-out code bases (eight public code bases of domains not yet covered: screening of returnees at a
    /// border, a home-care agency, a civil registry of births and deaths, a national scholarship portal, a massage therapy
    /// practice, an orphan sponsorship charity, kidney paired donation, contact monitoring at building entrances) were labelled
    /// and committed by a helper session that neither ran nor read the classifier, and scored once with the rules of the
    /// eighteenth session, printing totals and per-code-base counts only: precision 0.837 (154/184), recall 0.552 (154/279);
    /// with the seventeenth session's rules (before those drawn from held-out 15 and 16) 0.836 (153/183) / 0.548 (153/279)
    /// (docs/discovery.md). Then, while held-out 18 was being built, its errors were printed and rules drawn from them: 0.903
    /// (195/216) / 0.699 (195/279). It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventeenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-17.tsv", RealSet("heldout-17.tsv"));
        Assert.True(precision >= 0.90 && recall >= 0.69, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighteenth held-out code bases (eight public code bases of domains not yet covered: e-voting at polling stations,
    /// missing-person alerts, a fertility clinic, diabetes self-monitoring, wedding planning, summer camp registration,
    /// intercity bus tickets, pilgrims' health bracelets) were labelled and committed by a helper session that neither ran nor
    /// read the classifier, and scored once with the rules of the eighteenth session, printing totals and per-code-base counts
    /// only: precision 0.965 (194/201), recall 0.764 (194/254); with the seventeenth session's rules 0.965 (192/199) / 0.756
    /// (192/254) (docs/discovery.md). Then, while held-out 19 was being built, its errors were printed and rules drawn from
    /// them: 0.968 (212/219) / 0.835 (212/254). It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEighteenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-18.tsv", RealSet("heldout-18.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The nineteenth held-out code bases (seven public code bases of domains not yet covered: a psychology practice,
    /// physiotherapy home exercises, child vaccination, a village health centre's household profiles, workplace safety, a
    /// hearing-care retailer's audiometry, a condominium's residents) were labelled and committed by a helper session that
    /// neither ran nor read the classifier, and scored once with the rules of the eighteenth session, printing totals and
    /// per-code-base counts only: precision 0.957 (110/115), recall 0.608 (110/181); with the seventeenth session's rules 0.956
    /// (108/113) / 0.597 (108/181) (docs/discovery.md). Then, while held-out 20 was being built, its errors were printed and
    /// rules drawn from them: 0.992 (122/123) / 0.674 (122/181). It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnNineteenthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-19.tsv", RealSet("heldout-19.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.67, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twentieth held-out code bases (eight public code bases of domains not yet covered: an immigration law service, a
    /// personal-bankruptcy law firm, hospital ward management, credit union loan servicing, a programme for orphans and
    /// vulnerable children, university admissions, a hotel front desk, health plan care management) were labelled and
    /// committed by a helper session that neither ran nor read the classifier, and scored once with the rules of the eighteenth
    /// session, printing totals and per-code-base counts only: precision 0.964 (81/84), recall 0.466 (81/174) — exactly what the
    /// seventeenth session's rules score on it (docs/discovery.md). Its errors were printed once afterwards, by mistake, in a
    /// review run of the whole evaluation; no rule was drawn from them then. In the nineteenth session, while held-out 21 and 22
    /// were being built, its errors were studied and rules drawn from them: 0.985 (130/132) / 0.747 (130/174). It is tuning
    /// data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentiethRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-20.tsv", RealSet("heldout-20.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.74, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-first held-out code bases (eight public code bases of domains not yet covered: South African primary health
    /// care, telemedicine consultations, a job portal with CVs, a prosecutor's court lists, online pharmacy prescriptions,
    /// school transport, a dietitian's practice, babysitter matching) were labelled and committed by a helper session that
    /// neither ran nor read the classifier, and scored once with the rules of the nineteenth session (after held-out 20's),
    /// printing totals and per-code-base counts only: precision 0.981 (155/158), recall 0.560 (155/277) — exactly what the
    /// eighteenth session's rules score on it, before those drawn from held-out 20 (docs/discovery.md). Then, while held-out 22
    /// was being built, its errors were printed and rules drawn from them: 0.986 (207/210) / 0.747 (207/277). It is tuning
    /// data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentyFirstRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-21.tsv", RealSet("heldout-21.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.74, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-second held-out code bases (eight public code bases of domains not yet covered: an affordable-housing lottery,
    /// a therapeutic nursery, e-learning with learners' progress, staff timesheets and leave, a university's invoicing, online
    /// therapy and journaling, refugee shelter matching, a youth competition's registration) were labelled and committed by a
    /// helper session that neither ran nor read the classifier, and scored once with the rules of the nineteenth session (after
    /// held-out 20's and 21's), printing totals and per-code-base counts only: precision 0.888 (103/116), recall 0.582
    /// (103/177); with the eighteenth session's final rules 0.895 (102/114) / 0.576 (102/177) (docs/discovery.md). Then, while
    /// held-out 23 and 24 were being built, its errors were printed and rules drawn from them: 0.948 (128/135) / 0.723
    /// (128/177). It is tuning data now; the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentySecondRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-22.tsv", RealSet("heldout-22.tsv"));
        Assert.True(precision >= 0.94 && recall >= 0.72, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-third held-out code bases (eight public code bases of domains not yet covered: a clinical laboratory, a
    /// clinical trial's recruitment, pension disbursement, legal-aid intake, an interpreting agency, tenant screening, a
    /// pawnshop, a hunting club's licences) were labelled and committed by a helper session that neither ran nor read the
    /// classifier, and scored once with the rules of the nineteenth session (after held-out 20's to 22's), printing totals and
    /// per-code-base counts only: precision 0.904 (103/114), recall 0.599 (103/172); with the eighteenth session's final rules
    /// 0.902 (101/112) / 0.587 (101/172) (docs/discovery.md). Then, while held-out 24 was still unscored, its errors were
    /// printed and rules drawn from them: 0.952 (118/124) / 0.686 (118/172). It is tuning data now; the floor is that figure
    /// rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentyThirdRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-23.tsv", RealSet("heldout-23.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.68, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-fourth held-out code bases (eight public code bases of domains not yet covered: a homeless shelter's intake,
    /// a veterans' affairs office, student counselling, a coworking space, a home-services marketplace, marriage and divorce
    /// registration, disability services, national insurance benefit claims) were labelled and committed by a helper session
    /// that neither ran nor read the classifier, and scored once with the rules of the nineteenth session (after held-out 20's to
    /// 23's), printing totals and per-code-base counts only: precision 0.989 (179/181), recall 0.749 (179/239) — exactly what
    /// the eighteenth session's final rules score on it (docs/discovery.md). Then, while held-out 25 and 26 were being built, its
    /// errors were printed and rules drawn from them: 0.989 (187/189) / 0.782 (187/239). It is tuning data now; the floor is
    /// that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentyFourthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-24.tsv", RealSet("heldout-24.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.78, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-fifth held-out code bases (seven public code bases of domains not yet covered: a domestic-violence shelter,
    /// offender rehabilitation in prison and on probation, a child adoption agency, hospital discharge transport, a church's
    /// meal delivery, a hospice's staff portal, addiction rehabilitation) were labelled and committed by a helper session that
    /// neither ran nor read the classifier, and scored once with the rules of the nineteenth session (after held-out 20's to
    /// 24's), printing totals and per-code-base counts only: precision 0.949 (130/137), recall 0.578 (130/225); with the
    /// eighteenth session's final rules 0.949 (129/136) / 0.573 (129/225) (docs/discovery.md). Then, before held-out 26 was
    /// scored, its errors were printed and rules drawn from them: 0.953 (143/150) / 0.636 (143/225). It is tuning data now; the
    /// floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentyFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-25.tsv", RealSet("heldout-25.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.63, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-sixth held-out code bases (seven public code bases of domains not yet covered: a music school, a security
    /// guard patrol platform, customs declaration support, water utility billing, an internet service provider's customers, a
    /// notary office, a land and property registry) were labelled and committed by a helper session that neither ran nor read
    /// the classifier, and scored once with the rules of the nineteenth session: precision 0.972 (106/109), recall 0.671
    /// (106/158). Tuned on in the twentieth session (a record about one person, a person's case, a token's hash); the floor is
    /// the figure after that rounded down (docs/discovery.md).
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentySixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-26.tsv", RealSet("heldout-26.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.74, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-seventh held-out code bases (seven: a military registration ledger, biometric time attendance, a radiology
    /// centre, a cryptocurrency exchange's KYC data, speech therapy for aphasia, a driving-licence department, debt collection)
    /// were labelled blind by a helper session and scored once with the twentieth session's rules drawn from held-out 26
    /// (totals only): precision 0.965 (164/170), recall 0.659 (164/249); 0.963 / 0.618 with the nineteenth session's final
    /// rules. Tuned on after that scoring; the floor is the figure after its own rules rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentySeventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-27.tsv", RealSet("heldout-27.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.73, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-eighth held-out code bases (seven: e-scooter sharing, a railway ticketing agents' portal, a golf club, a
    /// campground, a college's students and alumni, passport and visa applications, field-service technicians) were labelled
    /// blind by a helper session and scored once with the twentieth session's rules drawn from held-out 26 (totals only):
    /// precision 0.898 (97/108), recall 0.683 (97/142); 0.896 / 0.669 with the nineteenth session's final rules. Tuned on in
    /// the twenty-first session (0.905 / 0.739 after its rules); the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentyEighthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-28.tsv", RealSet("heldout-28.tsv"));
        Assert.True(precision >= 0.90 && recall >= 0.73, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The twenty-ninth held-out code bases (eight: a search-and-rescue phone line, employee performance reviews, exam
    /// proctoring, public transport smart tickets, newborn genetic screening, a pain-management practice, employment background
    /// checks, expense reimbursement) were labelled blind by a helper session and scored once with the twentieth session's
    /// rules after held-out 27's (totals only): precision 0.923 (108/117), recall 0.458 (108/236); 0.922 / 0.449 with the
    /// nineteenth session's final rules. Tuned on after that scoring; the floor is the figure after its own rules rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnTwentyNinthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-29.tsv", RealSet("heldout-29.tsv"));
        Assert.True(precision >= 0.93 && recall >= 0.51, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirtieth held-out code bases (eight: scouting, a chess federation, a depression and anxiety helpline, federal
    /// employees' ethics compliance, a cancer registry, parking fines, car sharing, a mailroom) were labelled blind by a helper
    /// session and scored once with the same rules (totals only): precision 0.987 (148/150), recall 0.565 (148/262); 0.986 /
    /// 0.553 with the nineteenth session's final rules. Tuned on in the twenty-first session (0.989 / 0.664 after its rules);
    /// the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtiethRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-30.tsv", RealSet("heldout-30.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.66, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-first held-out code bases (eight: a tattoo and piercing studio, a hair-removal clinic, a cemetery register,
    /// an accounting firm's clients, football referee assignments, a cleaning company, a domestic-worker agency, a
    /// language-exchange chat) were labelled blind by a helper session and scored once with the twentieth session's rules after
    /// held-out 29's (totals only): precision 0.957 (110/115), recall 0.539 (110/204); 0.956 / 0.529 with the nineteenth
    /// session's final rules. Tuned on after that scoring; the floor is the figure after its own rules rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtyFirstRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-31.tsv", RealSet("heldout-31.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.55, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-second held-out code bases (seven: home inspection scheduling, a pet-sitter marketplace, a football
    /// supporters' club, astrology consultations, a dance studio, a music-listening bot, a photography studio) were
    /// labelled blind by a helper session and scored once with the same rules as held-out 31 (totals only): precision 0.906
    /// (106/117), recall 0.667 (106/159); 0.904 / 0.648 with the nineteenth session's final rules. Its errors were printed
    /// once, by mistake, in the twenty-sixth session (a local scoring test the study filter did not exclude), after it had
    /// been re-scored (totals only) with the session's starting rules (d55ef3c): 0.901 (109/121) / 0.686 (109/159). It was
    /// studied from then on (<see cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.912 (124/136) / 0.780
    /// (124/159); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtySecondRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-32.tsv", RealSet("heldout-32.tsv"));
        Assert.True(precision >= 0.91 && recall >= 0.77, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-third held-out code bases (seven: US mortgage applications, a life-insurance agency's clients and
    /// commissions, a car dealership, lottery betting, an angling federation's members and boats, municipal animal care and
    /// control, university thesis supervision) were labelled blind by a helper session and scored once with the twentieth
    /// session's final rules (totals only): precision 0.897 (87/97), recall 0.530 (87/164); 0.896 / 0.524 with the
    /// nineteenth session's final rules. Its errors were printed once, by mistake, in the twenty-sixth session (a local
    /// scoring test the study filter did not exclude), after it had been re-scored (totals only) with the session's
    /// starting rules (d55ef3c): 0.907 (88/97) / 0.537 (88/164). It was studied from then on (<see
    /// cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.913 (95/104) / 0.579 (95/164); the floor is that
    /// rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtyThirdRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-33.tsv", RealSet("heldout-33.tsv"));
        Assert.True(precision >= 0.91 && recall >= 0.57, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-fourth held-out code bases (six: Polish parish sacrament registers, a German allotment-garden
    /// association, a Latvian running club's coaching records, adaptive learning for children with dyslexia, a Brazilian
    /// bicycle registry, an amateur radio logbook) were labelled blind by a helper session and scored once with the
    /// twentieth session's final rules (totals only): precision 0.848 (39/46), recall 0.315 (39/124); exactly the same with
    /// the nineteenth session's final rules. Its errors were printed once, by mistake, in the twenty-sixth session (a local
    /// scoring test the study filter did not exclude), after it had been re-scored (totals only) with the session's
    /// starting rules (d55ef3c): 0.851 (40/47) / 0.323 (40/124). It was studied from then on (<see
    /// cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.857 (42/49) / 0.339 (42/124); the floor is that rounded
    /// down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtyFourthRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-34.tsv", RealSet("heldout-34.tsv"));
        Assert.True(precision >= 0.85 && recall >= 0.33, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-fifth held-out code bases (seven: a financial planner's client fact-find, a money exchange and remittance
    /// service, free school meals eligibility checks, haemodialysis patient follow-up, a pilot's logbook, a tailor's customers'
    /// measurements, a swimming academy) were labelled blind by a helper session and scored once with the twenty-first
    /// session's rules after held-out 28's and 30's (totals only): precision 0.968 (91/94), recall 0.460 (91/198); exactly the
    /// same with the twentieth session's final rules. Tuned on after that scoring (0.978 / 0.662 after its rules); the floor
    /// is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtyFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-35.tsv", RealSet("heldout-35.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.66, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-sixth held-out code bases (seven: a firearms dealer's acquisition and disposition records, a seafarer manning
    /// agency, a university internship office, running race entries and timing, a family GPS tracker, a model and talent
    /// agency's CRM, a laundry pickup service) were labelled blind by a helper session and scored once with the twenty-first
    /// session's rules after held-out 35's (totals only): precision 0.762 (96/126), recall 0.536 (96/179); exactly the same with
    /// the twentieth session's final rules. Its false hits were studied in the twenty-second session, after its second
    /// labelling (0.889 (96/108) / 0.536 after the rules drawn from them); the floor is that figure rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtySixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-36.tsv", RealSet("heldout-36.tsv"));
        Assert.True(precision >= 0.88 && recall >= 0.53, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-seventh held-out code bases (six: council housing repairs, a wellbeing survey of doctors and social
    /// workers, a dog-walking marketplace, concealed-carry weapon permit applications, a school health office, prison
    /// visitor bookings) were labelled blind by a helper session and scored once with the twenty-first session's rules
    /// (totals only): precision 0.899 (71/79), recall 0.534 (71/133); exactly the same with the twentieth session's final
    /// rules. Its errors were printed once, by mistake, in the twenty-sixth session (a local scoring test the study filter
    /// did not exclude), after it had been re-scored (totals only) with the session's starting rules (d55ef3c): 0.910
    /// (71/78) / 0.534 (71/133). It was studied from then on (<see
    /// cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.924 (85/92) / 0.639 (85/133); the floor is that rounded
    /// down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtySeventhRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-37.tsv", RealSet("heldout-37.tsv"));
        Assert.True(precision >= 0.92 && recall >= 0.63, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-eighth held-out code bases (five: bail bond requests, electric-vehicle charging accounts, UK home
    /// energy-efficiency grant applications, a client of a cannabis tracking system, a whistleblowing portal) were labelled
    /// blind by a helper session and scored once with the twenty-first session's final rules (totals only): precision 0.907
    /// (49/54), recall 0.480 (49/102); exactly the same with the twentieth session's final rules. Its errors were printed
    /// once, by mistake, in the twenty-sixth session (a local scoring test the study filter did not exclude), after it had
    /// been re-scored (totals only) with the session's starting rules (d55ef3c): 0.907 (49/54) / 0.480 (49/102). It was
    /// studied from then on (<see cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.917 (55/60) / 0.539
    /// (55/102); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtyEighthRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-38.tsv", RealSet("heldout-38.tsv"));
        Assert.True(precision >= 0.91 && recall >= 0.53, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The thirty-ninth held-out code bases (five: online petitions, self-storage unit rental, women's fitness coaching
    /// around the menstrual cycle, a karate club, a chiropractic practice's dashboard) were labelled blind by a helper session
    /// and scored once (totals only) with the twenty-second session's rules, which are the twenty-first session's final
    /// rules: precision 0.966 (86/89), recall 0.667 (86/129). Never tuned on (its errors were printed
    /// once, by mistake, after this scoring; no rule was drawn from them); the floor is that scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnThirtyNinthRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-39.tsv", RealSet("heldout-39.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.66, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fortieth held-out code bases (six: an ophthalmology clinic, acne teledermatology, a theme park's visitors, adverse
    /// drug reaction reporting, a superyacht agency's guests, UK removals quotes) were labelled blind by a helper session and
    /// scored once (totals only) with the twenty-second session's rules, which are the twenty-first session's final rules:
    /// precision 0.957 (89/93), recall 0.650 (89/137). Never tuned on (its errors were printed
    /// once, by mistake, after this scoring; no rule was drawn from them); the floor is that scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortiethRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-40.tsv", RealSet("heldout-40.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.64, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-first held-out code bases (five: scuba diving certification, a prosthetics catalogue for amputees, elderly
    /// home monitoring, au pair school runs, an NHS home ventilation service) were labelled blind by a helper session and
    /// scored once (totals only) with the twenty-second session's final rules: precision 0.973 (108/111), recall 0.635
    /// (108/170); exactly the same with the session's starting rules. Its errors were printed once, by mistake, in the
    /// twenty-sixth session (a local scoring test the study filter did not exclude), after it had been re-scored (totals
    /// only) with the session's starting rules (d55ef3c): 0.974 (112/115) / 0.659 (112/170). It was studied from then on
    /// (<see cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.977 (130/133) / 0.765 (130/170); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortyFirstRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-41.tsv", RealSet("heldout-41.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.76, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-second held-out code bases (five: ride-hailing, a parents' baby tracker, an Indian farmers' welfare
    /// scheme, a scuba divers' dive log, roadside assistance) were labelled blind by a helper session and scored once
    /// (totals only) with the twenty-second session's final rules: precision 0.964 (107/111), recall 0.622 (107/172);
    /// exactly the same with the session's starting rules. Its errors were printed once, by mistake, in the twenty-sixth
    /// session (a local scoring test the study filter did not exclude), after it had been re-scored (totals only) with the
    /// session's starting rules (d55ef3c): 0.967 (119/123) / 0.692 (119/172). It was studied from then on (<see
    /// cref="Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone"/>): 0.972 (138/142) / 0.802 (138/172); the floor is that
    /// rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortySecondRealHeldOutSet_ErrorsPrintedThenTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-42.tsv", RealSet("heldout-42.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.80, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-third held-out code bases (five: a homeschool day book, a lost-and-found portal, court video hearing bookings,
    /// sign-language video calling for deaf users, home blood pressure tracking) were labelled blind by a helper session and
    /// scored once (totals only) with the twenty-third session's final rules (the same name rules as the twenty-second's):
    /// precision 0.946 (87/92), recall 0.565 (87/154). Its helper ran `git log --oneline -0` once (nothing printed). Studied
    /// in the twenty-fourth session, after held-out 45 and 46 had been started (<see cref="Rules_FromHeldOut43And44Errors_FlagAndLeaveAlone"/>):
    /// 0.958 (91/95) / 0.591 (91/154); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortyThirdRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-43.tsv", RealSet("heldout-43.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.59, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-fourth held-out code bases (five: flatshare household management, medication adherence with a smart pill
    /// dispenser, the UK debt respite scheme, a company car fleet's chauffeurs and fuel cards, a ski resort's passes) were
    /// labelled blind by a helper session and scored once (totals only) with the twenty-third session's rules (the same name
    /// rules as the twenty-second's): precision 0.990 (102/103), recall 0.680 (102/150). Studied in the twenty-fourth session,
    /// after held-out 45 and 46 had been started (<see cref="Rules_FromHeldOut43And44Errors_FlagAndLeaveAlone"/>): 1.000
    /// (116/116) / 0.773 (116/150); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortyFourthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-44.tsv", RealSet("heldout-44.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.77, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-fifth held-out code bases (five: a short-term home rental marketplace, a couchsurfing-style hosting network, a
    /// flying club with flight training, divorce mediation and child-support forms, car accident reports) were labelled blind by
    /// a helper session and scored once (totals only) with the twenty-fourth session's rules drawn from held-out 43 and 44, after
    /// held-out 46:
    /// precision 0.862 (94/109), recall 0.631 (94/149) — exactly what the session's starting rules (cffaf75) score on it.
    /// Studied in the same session, after held-out 47 and 48 had been started (<see cref="Rules_FromHeldOut45And46Errors_FlagAndLeaveAlone"/>):
    /// 0.882 (97/110) / 0.651 (97/149); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortyFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-45.tsv", RealSet("heldout-45.tsv"));
        Assert.True(precision >= 0.88 && recall >= 0.65, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-sixth held-out code bases (five: organ, bone-marrow and blood donor matching, a village mosque's administration,
    /// a municipality's electronic building permits, matchmaking strangers nearby by shared interests, pre-employment
    /// background screening) were labelled blind by a helper session (which ran `git log -1` once on a fetched code base's
    /// mirror, not on this repository) and scored once (totals only) with the twenty-fourth session's rules, after the rules
    /// drawn from held-out 43's and 44's errors: precision 0.958 (114/119), recall 0.637 (114/179) — exactly what the session's
    /// starting rules (cffaf75) score on it. Studied in the same session, after held-out 47 and 48 had been started
    /// (<see cref="Rules_FromHeldOut45And46Errors_FlagAndLeaveAlone"/>): 0.963 (129/134) / 0.721 (129/179); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortySixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-46.tsv", RealSet("heldout-46.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.72, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-seventh held-out code bases (five: a theatre's tickets and donations, a zoo's tickets and staff, household
    /// trash pickup and billing, a community tool lending library, a city culture festival's ticketing) were labelled blind by
    /// a helper session and scored once (totals only) with the twenty-fourth session's rules drawn from held-out 43 to 46, after
    /// held-out 48:
    /// precision 0.966 (85/88), recall 0.810 (85/105) — exactly what the session's starting rules (cffaf75) score on it.
    /// Studied in the same session, after held-out 49 and 50 had been started (<see cref="Rules_FromHeldOut47And48Errors_FlagAndLeaveAlone"/>):
    /// 0.967 (88/91) / 0.838 (88/105); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortySeventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-47.tsv", RealSet("heldout-47.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-eighth held-out code bases (five: car wash appointments, an online judge for programming contests, a Quran
    /// memorisation school, a makeup artist booking marketplace, hiring a personal driver for one's own car) were labelled
    /// blind by a helper session and scored once (totals only) with the twenty-fourth session's rules drawn from held-out 43 to
    /// 46: precision 0.833 (95/114), recall 0.583 (95/163) — exactly what the session's starting rules (cffaf75) score on it.
    /// Studied in the same session, after held-out 49 and 50 had been started (<see cref="Rules_FromHeldOut47And48Errors_FlagAndLeaveAlone"/>):
    /// 0.909 (100/110) / 0.613 (100/163); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortyEighthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-48.tsv", RealSet("heldout-48.tsv"));
        Assert.True(precision >= 0.90 && recall >= 0.61, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The forty-ninth held-out code bases (five: an online art auction, a choir's availability for events, a home solar
    /// installer's customers, a handyman marketplace, hackathon registration) were labelled blind by a helper session and
    /// scored once (totals only) with the twenty-fourth session's final rules, after held-out 50: precision 0.988 (81/82), recall
    /// 0.779 (81/104) — exactly what the session's starting rules (cffaf75) score on it. Studied in the same session, after
    /// held-out 51 and 52 had been started (<see cref="Rules_FromHeldOut49And50Errors_FlagAndLeaveAlone"/>): 0.988 (82/83) /
    /// 0.788 (82/104); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFortyNinthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-49.tsv", RealSet("heldout-49.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.78, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fiftieth held-out code bases (five: a medical tourism agency, crowdfunding backers, a wealth-management back
    /// office's KYC, a citizens' SOS app, nightclub table reservations) were labelled blind by a helper session and scored once
    /// (totals only) with the twenty-fourth session's final rules: precision 0.925 (86/93), recall 0.637 (86/135) — exactly
    /// what the session's starting rules (cffaf75) score on it. Studied in the same session, after held-out 51 and 52 had been
    /// started (<see cref="Rules_FromHeldOut49And50Errors_FlagAndLeaveAlone"/>): 0.932 (96/103) / 0.711 (96/135); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftiethRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-50.tsv", RealSet("heldout-50.tsv"));
        Assert.True(precision >= 0.93 && recall >= 0.71, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-first held-out code bases (four: a sailing club's members and boats, a Steam players' reputation board, a video
    /// game community portal, a stamp collectors' register; a small set, 284 members) were labelled blind by a helper session
    /// and scored once (totals only) with the twenty-fourth session's final rules: precision 0.979 (46/47), recall 0.630 (46/73);
    /// with the session's starting rules (cffaf75) 0.958 (46/48) / 0.630 — one false hit fewer. Studied in the twenty-fifth
    /// session, after held-out 53 to 56 had been started (<see cref="Rules_FromHeldOut51And52Errors_FlagAndLeaveAlone"/>): 1.000
    /// (57/57) / 0.781 (57/73); the floor is that rounded down (0.99 for precision, as held-out 44's).
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftyFirstRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-51.tsv", RealSet("heldout-51.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.78, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-second held-out code bases (four: a student housing marketplace, airline ticket booking, a rock climbing
    /// logbook, booking musicians for gigs) were labelled blind by a helper session and scored once (totals only) with the
    /// twenty-fourth session's final rules, after held-out 51: precision 0.969 (95/98), recall 0.826 (95/115) — exactly what
    /// the session's starting rules (cffaf75) score on it. Studied in the twenty-fifth session, after held-out 53 to 56 had been
    /// started (<see cref="Rules_FromHeldOut51And52Errors_FlagAndLeaveAlone"/>): 0.972 (103/106) / 0.896 (103/115); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftySecondRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-52.tsv", RealSet("heldout-52.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.89, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-third held-out code bases (four: neighbourhood watch, a non-profit's programme beneficiaries, a zakat charity's register, an Indian population census) were labelled blind by a helper session and scored once (totals only)
    /// with the twenty-fifth session's rules (after those drawn from held-out 51 and 52): precision 0.915 (86/94), recall 0.705 (86/122) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session, after
    /// held-out 57 to 60 had been started (<see cref="Rules_FromHeldOut53To56Errors_FlagAndLeaveAlone"/>): 0.918 (90/98) / 0.738 (90/122); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftyThirdRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-53.tsv", RealSet("heldout-53.tsv"));
        Assert.True(precision >= 0.91 && recall >= 0.73, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-fourth held-out code bases (four: applied behaviour analysis therapy, a self-care wellbeing tracker, a calorie-counting diary, psychiatric consultations in hospital) were labelled blind by a helper session and scored once (totals only)
    /// with the twenty-fifth session's rules (after those drawn from held-out 51 and 52): precision 0.971 (34/35), recall 0.288 (34/118) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session, after
    /// held-out 57 to 60 had been started (<see cref="Rules_FromHeldOut53To56Errors_FlagAndLeaveAlone"/>): 0.988 (79/80) / 0.669 (79/118); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftyFourthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-54.tsv", RealSet("heldout-54.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.66, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-fifth held-out code bases (four: ride-hailing drivers' payouts, a money lender's clients and loans, students' campus jobs, a coding academy's students and guarantors) were labelled blind by a helper session and scored once (totals only)
    /// with the twenty-fifth session's rules (after those drawn from held-out 51 and 52): precision 0.870 (40/46), recall 0.625 (40/64) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session, after
    /// held-out 57 to 60 had been started (<see cref="Rules_FromHeldOut53To56Errors_FlagAndLeaveAlone"/>): 0.882 (45/51) / 0.703 (45/64); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftyFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-55.tsv", RealSet("heldout-55.tsv"));
        Assert.True(precision >= 0.88 && recall >= 0.70, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-sixth held-out code bases (four: an internet café's members, board game nights at players' homes, organised hiking tours, a Secret Santa exchange) were labelled blind by a helper session and scored once (totals only)
    /// with the twenty-fifth session's rules (after those drawn from held-out 51 and 52): precision 0.974 (111/114), recall 0.804 (111/138); with the session's starting rules (e162a04) 0.957 (111/116) / 0.804 — two false hits fewer (a game is a thing). Studied in the same session, after
    /// held-out 57 to 60 had been started (<see cref="Rules_FromHeldOut53To56Errors_FlagAndLeaveAlone"/>): 0.983 (115/117) / 0.833 (115/138); the floor is
    /// that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftySixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-56.tsv", RealSet("heldout-56.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-seventh held-out code bases (five: a freight load board, vehicle emission inspections with traffic violations, cargo shipping, chauffeured airport transfers, freeway service patrol tow trucks) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 56): precision 0.863 (63/73), recall 0.630 (63/100) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 61 to 64 had been started (<see cref="Rules_FromHeldOut57To60Errors_FlagAndLeaveAlone"/>): 0.894 (84/94) / 0.840 (84/100); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftySeventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-57.tsv", RealSet("heldout-57.tsv"));
        Assert.True(precision >= 0.89 && recall >= 0.84, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-eighth held-out code bases (five: school students' olympiad sign-ups, apprentices' training records, tutoring autistic children, a secondary school's staff portal, a university's safety app for students abroad) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 56): precision 0.882 (90/102), recall 0.865 (90/104); with the session's starting rules (e162a04) 0.881 (89/101) / 0.856 — one hit more. Studied in the same session,
    /// after held-out 61 to 64 had been started (<see cref="Rules_FromHeldOut57To60Errors_FlagAndLeaveAlone"/>): 0.921 (93/101) / 0.894 (93/104); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftyEighthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-58.tsv", RealSet("heldout-58.tsv"));
        Assert.True(precision >= 0.92 && recall >= 0.89, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The fifty-ninth held-out code bases (four: a pest control company, house-sitting, a homebuilder's warranty calls, an apartment building intercom service) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 56): precision 0.838 (88/105), recall 0.793 (88/111); with the session's starting rules (e162a04) 0.854 (88/103) / 0.793 — two false hits more. Studied in the same session,
    /// after held-out 61 to 64 had been started (<see cref="Rules_FromHeldOut57To60Errors_FlagAndLeaveAlone"/>): 0.900 (99/110) / 0.892 (99/111); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnFiftyNinthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-59.tsv", RealSet("heldout-59.tsv"));
        Assert.True(precision >= 0.90 && recall >= 0.89, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixtieth held-out code bases (four: a Thai provincial lookup across agencies' registers, a simulated city's e-government portal, police witness-care forms, a fire-statistics card) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 56): precision 0.956 (43/45), recall 0.381 (43/113); with the session's starting rules (e162a04) 0.955 (42/44) / 0.372 — one hit more. Studied in the same session,
    /// after held-out 61 to 64 had been started (<see cref="Rules_FromHeldOut57To60Errors_FlagAndLeaveAlone"/>): 0.963 (52/54) / 0.460 (52/113); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtiethRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-60.tsv", RealSet("heldout-60.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.46, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-first held-out code bases (five: a bakery's pre-orders, diet-catering subscriptions, a restaurant's waitlist, a florist marketplace, workplace lunch ordering) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 60): precision 0.908 (69/76), recall 0.841 (69/82) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 65 to 68 had been started (<see cref="Rules_FromHeldOut61To64Errors_FlagAndLeaveAlone"/>): 0.947 (71/75) / 0.866 (71/82); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtyFirstRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-61.tsv", RealSet("heldout-61.tsv"));
        Assert.True(precision >= 0.94 && recall >= 0.86, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-second held-out code bases (five: a smoking cessation platform, podiatry patient files, a migraine diary, an epilepsy seizure tracker, sexual health testing) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 60): precision 0.869 (53/61), recall 0.329 (53/161); with the session's starting rules (e162a04) 0.862 (50/58) / 0.311 — three hits more (the migraine diary). Studied in the same session,
    /// after held-out 65 to 68 had been started (<see cref="Rules_FromHeldOut61To64Errors_FlagAndLeaveAlone"/>): 0.925 (74/80) / 0.460 (74/161); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtySecondRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-62.tsv", RealSet("heldout-62.tsv"));
        Assert.True(precision >= 0.92 && recall >= 0.45, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-third held-out code bases (five: employee self-service (grievances, appraisals, leave), attendance with geotagged selfies, a bank's HR document workflow, peer recognition, employee referrals) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 60): precision 0.914 (64/70), recall 0.512 (64/125) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 65 to 68 had been started (<see cref="Rules_FromHeldOut61To64Errors_FlagAndLeaveAlone"/>): 0.955 (84/88) / 0.672 (84/125); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtyThirdRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-63.tsv", RealSet("heldout-63.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.67, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-fourth held-out code bases (four: a community time bank, a photo-sharing network, recipe sharing, a classified-ads board) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 60): precision 1.000 (66/66), recall 0.795 (66/83) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 65 to 68 had been started (<see cref="Rules_FromHeldOut61To64Errors_FlagAndLeaveAlone"/>): 1.000 (68/68) / 0.819 (68/83); the
    /// floor is that rounded down (0.99 for precision, as held-out 44's).
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtyFourthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-64.tsv", RealSet("heldout-64.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.81, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-fifth held-out code bases (four: personal budgeting, splitting bills among friends, peer-to-peer lending, a card issuer's back office) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 64): precision 0.932 (41/44), recall 0.494 (41/83) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 69 to 72 had been started (<see cref="Rules_FromHeldOut65To68Errors_FlagAndLeaveAlone"/>): 0.933 (42/45) / 0.506 (42/83); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtyFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-65.tsv", RealSet("heldout-65.tsv"));
        Assert.True(precision >= 0.93 && recall >= 0.50, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-sixth held-out code bases (four: a fencing club, a sports riding club, a skydiving logbook, a paragliding club) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 64): precision 0.955 (63/66), recall 0.818 (63/77) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 69 to 72 had been started (<see cref="Rules_FromHeldOut65To68Errors_FlagAndLeaveAlone"/>): 0.970 (65/67) / 0.844 (65/77); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtySixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-66.tsv", RealSet("heldout-66.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.84, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-seventh held-out code bases (four: Hindu temple pooja bookings, a humanitarian relief charity, a governorate's culture office, a cancer charity's retreats) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 64): precision 0.974 (76/78), recall 0.826 (76/92); with the session's starting rules (e162a04) 0.974 (74/76) / 0.804 — two hits more. Studied in the same session,
    /// after held-out 69 to 72 had been started (<see cref="Rules_FromHeldOut65To68Errors_FlagAndLeaveAlone"/>): 0.976 (83/85) / 0.902 (83/92); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtySeventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-67.tsv", RealSet("heldout-67.tsv"));
        Assert.True(precision >= 0.97 && recall >= 0.90, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-eighth held-out code bases (four: an agricultural trading post, a cattle farm register, a multi-purpose cooperative, a farmland register) were labelled blind by a helper session and scored once (totals only) with
    /// the twenty-fifth session's final rules (after those drawn from held-out 51 to 64): precision 0.782 (68/87), recall 0.716 (68/95) — exactly what the session's starting rules (e162a04) score on it. Studied in the same session,
    /// after held-out 69 to 72 had been started (<see cref="Rules_FromHeldOut65To68Errors_FlagAndLeaveAlone"/>): 0.869 (73/84) / 0.768 (73/95); the
    /// floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtyEighthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-68.tsv", RealSet("heldout-68.tsv"));
        Assert.True(precision >= 0.86 && recall >= 0.76, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The sixty-ninth held-out code bases (five: a local tour guide marketplace, a skill swap, an interior designer marketplace,
    /// a timeshare exchange, a book swap) were labelled blind by a helper session and scored once (totals only) with the
    /// twenty-fifth session's final rules (after those drawn from held-out 51 to 68): precision 0.846 (88/104), recall 0.815
    /// (88/108); with the session's starting rules (e162a04) 0.822 (88/107) / 0.815 — three false hits fewer. Studied in the
    /// twenty-sixth session, after held-out 70 and 73 to 75 had been started (<see cref="Rules_FromHeldOut69To72Errors_FlagAndLeaveAlone"/>):
    /// 0.896 (95/106) / 0.880 (95/108); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSixtyNinthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-69.tsv", RealSet("heldout-69.tsv"));
        Assert.True(precision >= 0.89 && recall >= 0.87, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-first held-out code bases (four: a fraternity chapter's pledge programme, a Toastmasters club's meeting roles,
    /// a newspaper's e-paper subscriptions, a law society's member portal) were labelled blind by a helper session (started with
    /// held-out 69 and 72) and scored once (totals only) with the twenty-fifth session's final rules: precision 1.000 (103/103),
    /// recall 0.640 (103/161); with the session's starting rules (e162a04) 1.000 (100/100) / 0.621 — three hits more. Studied in
    /// the twenty-sixth session (<see cref="Rules_FromHeldOut69To72Errors_FlagAndLeaveAlone"/>): 1.000 (126/126) / 0.783 (126/161);
    /// the floor is that rounded down (0.99 for precision, as held-out 44's).
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventyFirstRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-71.tsv", RealSet("heldout-71.tsv"));
        Assert.True(precision >= 0.99 && recall >= 0.78, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-second held-out code bases (four: a tourist motorbike rental, an airline lost-luggage tracker, a public-transport
    /// fare card, a passport scanning service; a small set, 210 members) were labelled blind by a helper session (started with
    /// held-out 69; held-out 70 and 71, started too, were never built) and scored once (totals only) with the twenty-fifth
    /// session's final rules: precision 0.921 (35/38), recall 0.714 (35/49); with the session's starting rules (e162a04) 0.972
    /// (35/36) / 0.714 — two false hits more. Studied in the twenty-sixth session
    /// (<see cref="Rules_FromHeldOut69To72Errors_FlagAndLeaveAlone"/>): 0.932 (41/44) / 0.837 (41/49); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventySecondRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-72.tsv", RealSet("heldout-72.tsv"));
        Assert.True(precision >= 0.93 && recall >= 0.83, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-fourth held-out code bases (a mobile phone repair shop, household gas cylinder booking, lift maintenance, a landscaping company) were labelled blind by a helper session (twenty-sixth session; the helper
    /// finished after the session's planned time) and scored once (totals only) with the session's final rules: precision
    /// 0.915 (54/59), recall 0.730 (54/74) — exactly what the session's starting rules (d55ef3c) score on it.
    /// Studied in the twenty-seventh session (<see cref="Rules_FromHeldOut74To79Errors_FlagAndLeaveAlone"/>): 0.944 (67/71) / 0.905 (67/74);
    /// the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventyFourthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-74.tsv", RealSet("heldout-74.tsv"));
        Assert.True(precision >= 0.94 && recall >= 0.90, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-fifth held-out code bases (a casting agency, a fashion-model job marketplace, an influencer review community, an influencer agency) were labelled blind by a helper session (twenty-sixth session; the helper
    /// finished after the session's planned time) and scored once (totals only) with the session's final rules: precision
    /// 0.857 (96/112), recall 0.756 (96/127) — exactly what the session's starting rules (d55ef3c) score on it.
    /// Studied in the twenty-seventh session (<see cref="Rules_FromHeldOut74To79Errors_FlagAndLeaveAlone"/>): 0.899 (107/119) / 0.843 (107/127);
    /// the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventyFifthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-75.tsv", RealSet("heldout-75.tsv"));
        Assert.True(precision >= 0.89 && recall >= 0.84, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-sixth held-out code bases (a clinic appointment queue, a specialist referral triage list, a clinic issuing sick leaves, a trucking company's driver records) were labelled blind by a helper session (twenty-sixth session; the helper
    /// finished after the session's planned time) and scored once (totals only) with the session's final rules: precision
    /// 0.980 (99/101), recall 0.728 (99/136) — exactly what the session's starting rules (d55ef3c) score on it.
    /// Studied in the twenty-seventh session (<see cref="Rules_FromHeldOut74To79Errors_FlagAndLeaveAlone"/>): 0.983 (117/119) / 0.860 (117/136);
    /// the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventySixthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-76.tsv", RealSet("heldout-76.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.86, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-seventh held-out code bases (a school canteen, graduation ceremony registration, an exam board's online marking, a college campus portal) were labelled blind by a helper session (twenty-sixth session; the helper
    /// finished after the session's planned time) and scored once (totals only) with the session's final rules: precision
    /// 0.953 (61/64), recall 0.649 (61/94) — exactly what the session's starting rules (d55ef3c) score on it.
    /// Studied in the twenty-seventh session (<see cref="Rules_FromHeldOut74To79Errors_FlagAndLeaveAlone"/>): 0.966 (86/89) / 0.915 (86/94);
    /// the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventySeventhRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-77.tsv", RealSet("heldout-77.tsv"));
        Assert.True(precision >= 0.96 && recall >= 0.91, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The seventy-ninth held-out code bases (a film poster studio and festival, an art commission marketplace, escape room reservations, a freelance DJ directory, a concert ticket form) were labelled blind by a helper session (twenty-sixth session; the helper
    /// finished after the session's planned time) and scored once (totals only) with the session's final rules: precision
    /// 0.974 (37/38), recall 0.451 (37/82) — exactly what the session's starting rules (d55ef3c) score on it.
    /// Studied in the twenty-seventh session (<see cref="Rules_FromHeldOut74To79Errors_FlagAndLeaveAlone"/>): 0.984 (61/62) / 0.744 (61/82);
    /// the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnSeventyNinthRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-79.tsv", RealSet("heldout-79.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.74, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// A second labelling of a held-out set (real/second/&lt;set&gt;.tsv), written by another helper session that saw neither
    /// the first labels, nor the first labeller's notes, nor the classifier: the same rows, in the same order, with its own
    /// label. How far the two agree is the ceiling any classifier scored against one labelling can reach
    /// (bench/discovery/agreement.py prints it; docs/discovery.md "Two labellers").
    /// </summary>
    [Theory]
    [InlineData("heldout-33.tsv")]
    [InlineData("heldout-36.tsv")]
    [InlineData("heldout-37.tsv")]
    [InlineData("heldout-38.tsv")]
    [InlineData("heldout-39.tsv")]
    [InlineData("heldout-40.tsv")]
    [InlineData("heldout-41.tsv")]
    [InlineData("heldout-42.tsv")]
    public void SecondLabelling_HoldsTheFirstLabellingsRows_WithKnownCategories(string file)
    {
        static string[][] Rows(string path) =>
            File.ReadAllLines(RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", "real", path))
                .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();
        var first = Rows(file);
        var second = Rows(Path.Combine("second", file));
        Assert.Equal(first.Length, second.Length);
        Assert.All(first.Zip(second), p => Assert.Equal(string.Join('\t', p.First.Take(6)), string.Join('\t', p.Second.Take(6))));
        Assert.All(second, r => Assert.True(r.Length == 7 && (r[6] == "-" || Enum.TryParse<PiiGuard.Category>(r[6], out _)), string.Join('\t', r)));
        var both = first.Zip(second).Count(p => p.First[6] != "-" && p.Second[6] != "-");
        output.WriteLine($"{file}: {first.Length} rows, personal first {first.Count(r => r[6] != "-")}, second {second.Count(r => r[6] != "-")}, both {both}");
    }

    /// <summary>
    /// The classifier scored against the second labelling of a held-out set, and on the rows both labellers call the same
    /// (personal or not; the first labelling's category). Scored once each, totals only, with the twenty-second session's
    /// starting rules (e6c2692), before any rule of that session was written; the floors are those scorings rounded down
    /// (held-out 36's after the rules drawn from its false hits; held-out 41's and 42's, labelled a second time after their
    /// first scorings, with the session's final rules, which score their first labels exactly as the starting rules do).
    /// Held-out 42's second-labelling precision floor is 0.96 since the twenty-eighth session: the learned second opinion,
    /// trained on the first labels, adds three members the second labeller calls not personal (0.968).
    /// </summary>
    [Theory]
    [InlineData("heldout-33.tsv", 0.89, 0.53, 0.89, 0.54)]
    [InlineData("heldout-36.tsv", 0.89, 0.57, 0.89, 0.56)]
    [InlineData("heldout-37.tsv", 0.91, 0.54, 0.91, 0.57)]
    [InlineData("heldout-38.tsv", 0.90, 0.50, 0.92, 0.50)]
    [InlineData("heldout-39.tsv", 0.96, 0.66, 0.96, 0.66)]
    [InlineData("heldout-40.tsv", 0.95, 0.64, 0.95, 0.66)]
    [InlineData("heldout-41.tsv", 0.99, 0.61, 0.99, 0.63)]
    [InlineData("heldout-42.tsv", 0.96, 0.63, 0.98, 0.64)]
    public void Heuristic_OnSecondLabellingAndOnRowsBothLabellersAgreeOn_DoesNotRegress(
        string file, double secondPrecision, double secondRecall, double agreedPrecision, double agreedRecall)
    {
        var first = RealSet(file);
        var second = RealSet(Path.Combine("second", file));
        var (p2, r2) = Evaluate(file + " (second labelling)", file, second);
        var agreed = first.Zip(second).Where(p => (p.First.Expected == "-") == (p.Second.Expected == "-")).Select(p => p.First).ToArray();
        var (pa, ra) = Evaluate(file + " (rows both labellings agree on)", file, agreed);
        Assert.True(p2 >= secondPrecision && r2 >= secondRecall, $"second labelling: precision {p2:F3}, recall {r2:F3}");
        Assert.True(pa >= agreedPrecision && ra >= agreedRecall, $"agreed rows: precision {pa:F3}, recall {ra:F3}");
    }

    /// <summary>
    /// The eighty-third held-out code bases (a boxing federation's clubs, coaches and boxers, pick-up ice hockey sessions, a car
    /// club's track days, a Rotary club manager in French) were labelled blind by a helper session (twenty-seventh session) and
    /// scored once (totals only) with the rules drawn from held-out 74 to 79: precision 0.981 (102/104), recall 0.791
    /// (102/129) — exactly what the session's starting rules (06237d6) score on it. Studied then
    /// (<see cref="Rules_FromHeldOut83Errors_FlagAndLeaveAlone"/>): 0.982 (111/113) / 0.860 (111/129); the floor is that rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightyThirdRealHeldOutSet_TunedOnAfterScoring_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-83.tsv", RealSet("heldout-83.tsv"));
        Assert.True(precision >= 0.98 && recall >= 0.86, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighty-second held-out code bases (a will generator, a currency exchange desk with identity checks, a digital bank's
    /// account opening, an agency-banking middleware, a federal student aid application assistant) were labelled blind by a
    /// helper session (twenty-eighth session) and scored once (totals only) with the rules and the learned second opinion,
    /// whose tables were trained before the set existed: precision 0.938 (106/113), recall 0.716 (106/148); the rules alone
    /// (c1feca0, the same rules) score 0.953 (102/107) / 0.689 (102/148). Never tuned on, by the rules or the model (the
    /// trainer leaves it out: NameModelTraining.NeverTunedOn); the floor is its first scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightySecondRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-82.tsv", RealSet("heldout-82.tsv"));
        Assert.True(precision >= 0.93 && recall >= 0.71, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eightieth held-out code bases (an online petitions platform; a Moldovan public-service appointment booking signed
    /// with the government's e-signature) were labelled blind by a helper session (twenty-eighth session; two code bases, the
    /// helper's time allowed no more) and scored once (totals only) with the rules and the learned second opinion, whose tables
    /// were trained before the set existed: precision 0.950 (38/40), recall 0.717 (38/53) — exactly what the rules alone
    /// (c1feca0) score. Never tuned on, by the rules or the model; the floor is its first scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightiethRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-80.tsv", RealSet("heldout-80.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.71, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighty-fourth held-out code bases (a consignment shop's back office and consignor portal, a custom jewellery
    /// workshop, a farm shop selling meat cuts in German; three code bases, the helper's time allowed no more) were labelled
    /// blind by a helper session (twenty-eighth session) and scored once (totals only) with the rules and the learned second
    /// opinion, whose tables were trained before the set existed: precision 0.894 (42/47), recall 0.894 (42/47); the rules
    /// alone (c1feca0) score 0.913 (42/46) / 0.894 — the model added one false hit. Never tuned on, by the rules or the model;
    /// the floor is its first scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightyFourthRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-84.tsv", RealSet("heldout-84.tsv"));
        Assert.True(precision >= 0.89 && recall >= 0.89, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighty-first held-out code bases (an IT company's corporate travel desk, an HR forms service for candidates, joiners
    /// and leavers, a salary advance system, a trucking firm's drug test pool; four code bases) were labelled blind by a helper session
    /// (twenty-eighth session, delivered after its close) and scored once with the rules and the learned second opinion,
    /// whose tables were trained before the set existed: precision 0.899 (62/69), recall 0.639 (62/97); the rules alone
    /// (c1feca0) score 0.908 (59/65) / 0.608 (59/97). On that first scoring the set's errors were printed by mistake
    /// (twenty-ninth session); no rule or table was changed after. Never tuned on, by the rules or the model; the floor is its
    /// first scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightyFirstRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-81.tsv", RealSet("heldout-81.tsv"));
        Assert.True(precision >= 0.89 && recall >= 0.63, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighty-fifth held-out code bases (a commuter shuttle service, police traffic fines with licence demerit points, an
    /// employer's GPS trip-expense tracker, a truck weighbridge enforcement system; four code bases) were labelled blind by a
    /// helper session (twenty-ninth session) and scored once, totals only, with the rules and the learned second opinion,
    /// whose tables were trained before the set existed: precision 0.738 (59/80), recall 0.590 (59/100); the rules alone
    /// (c1feca0) score 0.767 (56/73) / 0.560. Never tuned on, by the rules or the model; the floor is its first scoring
    /// rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightyFifthRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-85.tsv", RealSet("heldout-85.tsv"));
        Assert.True(precision >= 0.73 && recall >= 0.59, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighty-seventh held-out code bases (a bird training centre, a padel club, a go-kart track's coaches and drivers, a
    /// billiards hall; four code bases) were labelled blind by a helper session (twenty-ninth session) and scored once, totals
    /// only, with the rules and the learned second opinion: precision 0.955 (64/67), recall 0.842 (64/76); the rules alone
    /// (c1feca0) score 0.954 (62/65) / 0.816. Never tuned on, by the rules or the model; the floor is its first scoring
    /// rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightySeventhRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-87.tsv", RealSet("heldout-87.tsv"));
        Assert.True(precision >= 0.95 && recall >= 0.84, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>
    /// The eighty-sixth held-out code bases (British Columbia's freedom-of-information requests, a family court's
    /// restraining-order case tracking, an investment permit application form, a police prosecutor's e-brief; four code
    /// bases, public-sector and civic domains) were labelled blind by a helper session (delivered after the twenty-ninth
    /// session's close) and scored once, totals only, with the rules and the learned second opinion, whose tables were trained
    /// before the set existed: precision 0.906 (58/64), recall 0.829 (58/70). Never tuned on, by the rules or the model; the
    /// floor is its first scoring rounded down.
    /// </summary>
    [Fact]
    public void Heuristic_OnEightySixthRealHeldOutSet_NeverTunedOn_DoesNotRegress()
    {
        var (precision, recall) = Evaluate("heldout-86.tsv", RealSet("heldout-86.tsv"));
        Assert.True(precision >= 0.90 && recall >= 0.82, $"precision {precision:F3}, recall {recall:F3}");
    }

    /// <summary>The held-out sets no rule was drawn from and the learned second opinion was not trained on: copy evidence is scored on them apart.</summary>
    private static readonly string[] NeverTunedOn = NameModelTraining.NeverTunedOn.Select(s => s + ".tsv").ToArray();

    /// <summary>
    /// Copy evidence (<see cref="MarkedCopies"/>) on the labelled sets, as a team that has marked its data would see it: every
    /// other member a set labels personal is taken as marked, and each member the rules leave alone is looked up among the
    /// same code base's members of related types (the same type name once a copy's role words are dropped) with the same
    /// name. Counted: the misses that gain a suggestion with a marked copy, and the members not personal that would. Totals
    /// only (per set and pooled). First measured (twenty-third session) with the first role words: on the studied sets 204 of
    /// the rules' 1,539 misses gain a suggestion and 2 members not personal would (0.990); on the sets never tuned on, 90 of
    /// 457 and none, and with held-out 44 (built after copy evidence was written) 115 of 505 and none. With the words added
    /// from the studied sets' misses (insert, history, registration, created, updated, data; words in the singular): 241 and
    /// 3 (0.988); on the sets never tuned on, measured once, 119 of 505 and none; with held-out 43 (scored after all this)
    /// 128 of 572 and none. Twenty-fourth session: held-out 43 and 44 studied (rules drawn from their errors) and so counted with
    /// the studied sets: 268 of 1,635 and 3 (0.989); the sets never tuned on (32, 33, 34, 37, 38, 41, 42) 90 of 456 and none.
    /// Then a parent or a child named alone was read as a person (held-out 36's family tracker): seven of those misses are the
    /// rules' hits now, 261 of 1,628 and 3 (0.989). With held-out 45 and 46 (built this session) still never tuned on, those sets
    /// gave 106 of 574 and none; studied after that (and more rules drawn), they count with the studied sets: 275 of 1,727 and 3
    /// (0.989); the sets never tuned on (32, 33, 34, 37, 38, 41, 42) 90 of 453 and none, and with held-out 47 and 48 (built and
    /// scored after the rules drawn from held-out 43 to 46) 114 of 541 and none. Held-out 47 and 48 then studied too: the studied
    /// sets 295 of 1,807 and 3 (0.990); the sets never tuned on (32, 33, 34, 37, 38, 41, 42) 90 of 453 and none, and with
    /// held-out 49 and 50 (built and scored after the rules drawn from held-out 43 to 48) 104 of 525 and none. Held-out 49 and 50
    /// then studied too: the studied sets 307 of 1,868 and 3 (0.990); the sets never tuned on (32, 33, 34, 37, 38, 41, 42) 90 of
    /// 453 and none, and with held-out 51 and 52 (built and scored after all the session's rules) 96 of 500 and none.
    /// Twenty-fifth session: held-out 51 and 52 studied (rules drawn from their errors), so counted with the studied sets: 313
    /// of 1,896 and 3 (0.991); the sets never tuned on are now 32, 33, 34, 37, 38, 41, 42 and held-out 53 to 56 (built and
    /// scored after those rules): 164 of 624 and none (held-out 53 to 56 alone: 74 of 171). Then held-out 53 to 56 studied too:
    /// the studied sets 344 of 1,990 and 3 (0.991); the sets never tuned on (32, 33, 34, 37, 38, 41, 42) 90 of 447 and none, and
    /// with held-out 57 to 60 (built and scored after all the session's rules) 119 of 591 and none (held-out 57 to 60 alone: 29 of
    /// 144). Then held-out 57 to 60 studied too: the studied sets 352 of 2,085 and 3 (0.992); the sets never tuned on (32, 33,
    /// 34, 37, 38, 41, 42) 88 of 442 and none (the rules drawn from held-out 51 to 60 found five of their misses), and with held-out
    /// 61 to 64 (built and scored after the rules drawn from held-out 51 to 60) 135 of 641 and none (held-out 61 to 64 alone: 47
    /// of 199). Then held-out 61 to 64 studied too: the studied sets 381 of 2,237 and 3 (0.992); the sets never tuned on (32, 33,
    /// 34, 37, 38, 41, 42) 88 of 441 and none, and with held-out 65 to 68 (built and scored after all the session's rules) 102 of
    /// 540 and none (held-out 65 to 68 alone: 14 of 99). Then held-out 65 to 68 studied too: the studied sets 392 of 2,321 and 3
    /// (0.992); the sets never tuned on (32, 33, 34, 37, 38, 41, 42) 88 of 436 and none (the rules drawn from held-out 51 to 68
    /// found 17 of their 453 misses at the session's start), and with held-out 69 (built and scored after all the session's rules)
    /// 97 of 456 and none (held-out 69 alone: 9 of 20), and with held-out 72 (likewise) 104 of 470 and none (held-out 72 alone: 7
    /// of 14), and with held-out 71 (likewise) 110 of 528 and none (held-out 71 alone: 6 of 58). Twenty-sixth session: held-out
    /// 69, 71 and 72 studied (rules drawn from their errors), so counted with the studied sets: 405 of 2,360 and 3 (0.993); the
    /// sets never tuned on (32, 33, 34, 37, 38, 41, 42) 88 of 435 and none. Then held-out 32 to 42's errors were printed by
    /// mistake and they were studied too: the studied sets 471 of 2,721 and 3 (0.994), and 471 of 2,707 after the session's last
    /// rules; the sets never tuned on are now held-out 74 to 77 and 79 (built blind and scored once after all the session's
    /// rules): 22 of 166 and none. Twenty-seventh session: held-out 74 to 77 and 79 studied (rules drawn from their errors), so
    /// counted with the studied sets: 480 of 2,760 and 3 (0.994); the set never tuned on is held-out 83 (built blind and scored
    /// once after those rules): 7 of 27 and none. Twenty-eighth session: the learned second opinion (NameModel), trained on every
    /// studied set, finds 1,083 of their misses itself (in-sample), so fewer are left for copy evidence: 283 of 1,677 and 3
    /// (0.990); the sets never tuned on are held-out 80, 82 and 84 (built blind and scored once with the rules and the model):
    /// 10 of 61 and none (held-out 82 alone: 4 of 42; held-out 84: none of 4). Twenty-ninth session, with held-out 81 (built
    /// blind, delivered after the twenty-eighth session's close, and scored once with the same rules and tables): 14 of 96 and
    /// none (held-out 81 alone: 4 of 35); with held-out 85 and 87 (built blind this session, scored once with the same rules and
    /// tables) 25 of 149 and none; with held-out 86 (built blind, delivered after the twenty-ninth session's close, scored once
    /// with the same rules and tables) 26 of 161 and none. The floors are those, rounded down.
    /// </summary>
    [Theory]
    [InlineData(false, 283, 0.98)]
    [InlineData(true, 26, 0.98)]
    public void CopyEvidence_WithTheOtherLabelledPersonalMembersAsMarked_AddsHitsAtHighPrecision(bool neverTunedOn, int minimumHits, double minimumPrecision)
    {
        // Every labelled real set there is (the tuning set and each held-out set, not their attribute and container files).
        var files = Directory.GetFiles(RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", "real"), "*.tsv")
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => (f == "tuning.tsv" || System.Text.RegularExpressions.Regex.IsMatch(f, @"^heldout-[0-9]+\.tsv$")) && NeverTunedOn.Contains(f) == neverTunedOn)
            .OrderBy(f => f == "tuning.tsv" ? 0 : int.Parse(f["heldout-".Length..^".tsv".Length], System.Globalization.CultureInfo.InvariantCulture));
        int hits = 0, falseHits = 0, misses = 0;
        foreach (var file in files)
        {
            var (h, f, m) = CopyEvidence(file);
            output.WriteLine($"copy evidence ({file}): the rules miss {m} personal members; {h} of them have a marked copy; {f} members not personal would be suggested");
            hits += h;
            falseHits += f;
            misses += m;
        }

        var precision = hits / (double)Math.Max(1, hits + falseHits);
        output.WriteLine($"copy evidence ({(neverTunedOn ? "sets never tuned on" : "studied sets")}): of {misses} misses, {hits} gain a suggestion; {falseHits} false; precision of what it adds {precision:F3}");
        Assert.True(hits >= minimumHits && precision >= minimumPrecision, $"{hits} hits, {falseHits} false hits");
    }

    /// <summary>
    /// Copy evidence with the marks of one labeller and the truth of another: the first labelling's personal members taken as
    /// marked, the suggestions scored against the second, blind labelling (held-out 33 and 36 to 42; totals only). Whether a
    /// copy of what one careful reader marks is personal to another reader too. First measured (twenty-third session): 118 of
    /// the 483 members the rules miss by the second labelling gain a suggestion, 14 not personal to it would (0.894); the
    /// floor was that, rounded down. Twenty-fourth session: seven of those misses (held-out 36's parents' and children's names) are
    /// the rules' hits now: 111 of 476, 14 false (0.888). Twenty-fifth session: two more are the rules' hits (the rules drawn from
    /// held-out 51 to 60): 109 of 462, 14 false (0.886). Twenty-sixth session, after the rules drawn from held-out 32 to 42 (whose
    /// errors were printed by mistake; held-out 33, 37, 38, 41 and 42 are among these sets): 66 of the misses are the rules'
    /// hits now: 90 of 396, the same 14 false (0.865). Twenty-seventh session, after the rules drawn from held-out 74 to 79: 10 more
    /// of those misses are the rules' hits: 86 of 386, the same 14 false (0.860). Twenty-eighth session, with the learned second
    /// opinion (NameModel, trained on every studied set, these among them): 150 of those misses are its hits, and of the 236
    /// left 42 gain a suggestion, 10 false (0.808); the floor is that, rounded down.
    /// </summary>
    [Fact]
    public void CopyEvidence_MarksOfTheFirstLabelling_ScoredAgainstTheSecond()
    {
        int hits = 0, falseHits = 0, misses = 0, ownHits = 0, ownFalse = 0;
        foreach (var file in new[] { "heldout-33.tsv", "heldout-36.tsv", "heldout-37.tsv", "heldout-38.tsv", "heldout-39.tsv", "heldout-40.tsv", "heldout-41.tsv", "heldout-42.tsv" })
        {
            var (h, f, m) = CopyEvidence(file, RealSet(Path.Combine("second", file)));
            hits += h;
            falseHits += f;
            misses += m;
            var (oh, of, _) = CopyEvidence(file);
            ownHits += oh;
            ownFalse += of;
        }

        var precision = hits / (double)Math.Max(1, hits + falseHits);
        output.WriteLine($"copy evidence (first labelling's marks, second labelling's truth): of {misses} misses, {hits} gain a suggestion; {falseHits} false; precision of what it adds {precision:F3}");
        output.WriteLine($"copy evidence (first labelling's marks and truth, the same sets): {ownHits} gain a suggestion; {ownFalse} false");
        Assert.True(hits >= 42 && precision >= 0.80, $"{hits} hits, {falseHits} false hits");
    }

    private static (int Hits, int FalseHits, int Misses) CopyEvidence(string file) => CopyEvidence(file, null);

    /// <param name="file">The labelled set; its labels are the marks.</param>
    /// <param name="truth">Another labelling of the same rows to score against, or null for the set's own labels.</param>
    private static (int Hits, int FalseHits, int Misses) CopyEvidence(string file, (string Domain, string Container, string Member, string Type, string Expected)[]? truth)
    {
        var set = RealSet(file);
        var predicted = Predict(file, set);
        var marked = set.Where(r => r.Expected != "-" && MarkedCopies.Stem(r.Container) is not null)
            .Select(r => (r.Domain, Stem: MarkedCopies.Stem(r.Container)!, Name: MarkedCopies.Normalize(r.Member), r.Container))
            .ToList();
        int hits = 0, falseHits = 0, misses = 0;
        for (var i = 0; i < set.Length; i++)
        {
            var (domain, container, member, type, _) = set[i];
            var expected = (truth ?? set)[i].Expected;
            if (predicted[i] is not null)
            {
                continue;
            }

            misses += expected != "-" ? 1 : 0;
            if (new PiiNameClassifier.TypeFacts(type).HoldsNoValue || MarkedCopies.Stem(container) is not { } stem)
            {
                continue;
            }

            var name = MarkedCopies.Normalize(member);
            if (marked.Any(m => m.Domain == domain && m.Stem == stem && m.Name == name && m.Container != container))
            {
                hits += expected != "-" ? 1 : 0;
                falseHits += expected == "-" ? 1 : 0;
            }
        }

        return (hits, falseHits, misses);
    }

    private (double Precision, double Recall) Evaluate(string file) => Evaluate(file, Set(file));

    /// <summary>Every member of each labelled container (code base without commit, container, member, type), if they were read.</summary>
    internal static IEnumerable<(string Domain, string Container, string Member, string Type)> ContainerMembers(string file)
    {
        var path = RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", "real", Path.ChangeExtension(file, ".containers.tsv"));
        return !File.Exists(path)
            ? []
            : File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
                .Select(c => (c[0].Split('@')[0], c[2], c[3], c[4])).ToList();
    }

    /// <summary>The attributes written on labelled members (code base without commit, container, member), if they were read.</summary>
    internal static Dictionary<(string Domain, string Container, string Member), List<(string Attribute, string? Argument)>> Attributes(string file)
    {
        var result = new Dictionary<(string, string, string), List<(string, string?)>>();
        var path = RepoPaths.Combine("tests", "PiiGuard.Tests", "Discovery", "real", Path.ChangeExtension(file, ".attributes.tsv"));
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var c = line.Split('\t');
            var usages = c[4].Split("; ").Select(u =>
            {
                var open = u.IndexOf('(');
                return open < 0 || !u.EndsWith(')') ? (u, (string?)null) : (u.Substring(0, open), u.Substring(open + 1, u.Length - open - 2));
            }).ToList();
            result[(c[0].Split('@')[0], c[2], c[3])] = usages;
        }

        return result;
    }

    private (double Precision, double Recall) Evaluate(string file, (string Domain, string Container, string Member, string Type, string Expected)[] set) =>
        Evaluate(file, file, set);

    /// <summary>What the classifier says of each row of a labelled set, with the container and attribute evidence the analyzer reads.</summary>
    private static PiiGuard.Analyzers.Model.Category?[] Predict(string file, (string Domain, string Container, string Member, string Type, string Expected)[] set)
    {
        // Container evidence: the analyzer reads every member of a type. Where every member of each labelled container was
        // read (real/<set>.containers.tsv, by bench/discovery/siblings.py from the fetched repository), a person anchor among
        // them counts as it does in real code; otherwise only the sampled members (at most twelve) are known.
        var members = set.Select(r => (r.Domain, r.Container, r.Member, r.Type)).Concat(ContainerMembers(file)).ToList();
        var personRecords = members
            .GroupBy(r => (r.Domain, r.Container))
            .Where(g => g.Any(r => PiiNameClassifier.IsPersonAnchor(r.Container, r.Member, r.Type)))
            .Select(g => g.Key)
            .ToHashSet();
        // And a record about one person: another member refers to a person ("AttendanceLog.StudentId").
        var ownedRecords = members
            .Where(r => PiiNameClassifier.IsPersonReference(r.Member, r.Type))
            .Select(r => (r.Domain, r.Container))
            .ToHashSet();
        // Attribute evidence, where the attributes written on the members were read (real/<set>.attributes.tsv, by
        // bench/discovery/attributes.py from the fetched repository): only the syntax, as the analyzer reads it first.
        var attributes = Attributes(file);
        var predictions = new PiiGuard.Analyzers.Model.Category?[set.Length];
        for (var i = 0; i < set.Length; i++)
        {
            var (domain, container, member, type, _) = set[i];
            var siblings = personRecords.Contains((domain, container));
            var owned = ownedRecords.Contains((domain, container));
            predictions[i] = NameModel.Decide(
                PiiNameClassifier.Classify(container, member, type, siblings, owned),
                container,
                member,
                type,
                () => attributes.TryGetValue((domain, container, member), out var written) ? PiiNameClassifier.ClassifyByAttributes(container, written, type, siblings, owned, member) : null);
        }

        return predictions;
    }

    /// <param name="name">What the printed totals are called.</param>
    /// <param name="file">The labelled set whose attributes and whole containers were read.</param>
    /// <param name="set">Its rows, with the labels to score against.</param>
    private (double Precision, double Recall) Evaluate(string name, string file, (string Domain, string Container, string Member, string Type, string Expected)[] set)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0, categoryAgree = 0;
        var perDomain = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var predictions = Predict(file, set);
        for (var i = 0; i < set.Length; i++)
        {
            var (domain, container, member, type, expected) = set[i];
            var predicted = predictions[i];
            var isPii = expected != "-";
            if (!perDomain.TryGetValue(domain, out var counts))
            {
                perDomain[domain] = counts = new int[3];
            }

            counts[0] += predicted is not null && isPii ? 1 : 0;
            counts[1] += predicted is not null && !isPii ? 1 : 0;
            counts[2] += predicted is null && isPii ? 1 : 0;
            if (predicted is not null && isPii)
            {
                tp++;
                categoryAgree += predicted.ToString() == expected ? 1 : 0;
            }
            else if (predicted is not null)
            {
                fp++;
                output.WriteLine($"false positive: {domain} {container}.{member} ({type}) → {predicted}");
            }
            else if (isPii)
            {
                fn++;
                output.WriteLine($"false negative: {domain} {container}.{member} ({type}), expected {expected}");
            }
            else
            {
                tn++;
            }
        }

        foreach (var (domain, counts) in perDomain)
        {
            output.WriteLine($"  {domain}: tp {counts[0]}, fp {counts[1]}, fn {counts[2]}");
        }

        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);
        output.WriteLine($"discovery ({name}): {tp + fp + fn + tn} names, precision {precision:F3}, recall {recall:F3}, category agreement {categoryAgree}/{tp} ({categoryAgree / (double)tp:F3}); tp {tp}, fp {fp}, fn {fn}, tn {tn}");
        return (precision, recall);
    }

    /// <summary>
    /// Each rule added while studying held-out 10's errors (after it had been scored three times, totals only, and after
    /// held-out 13 was scored once), with a case it must flag and one it must not.
    /// </summary>
    [Theory]
    [InlineData("UserJob", "FirstNameHeb", "string?", "Name")]
    [InlineData("PublishedEventWithPublisher", "LastNameHeb", "string?", "Name")]
    [InlineData("Product", "NameEn", "string", null)]
    [InlineData("VotersLedgerRecord", "IdNum", "int", "GovernmentId")]
    [InlineData("VaccineAppointmentDto", "NICNumber", "string", "GovernmentId")]
    [InlineData("Invoice", "PageNum", "int", null)]
    [InlineData("GetUserResponse", "CccdIssuePlace", "string?", "GovernmentId")]
    [InlineData("GetUserResponse", "CccdIssueDate", "DateTime?", "GovernmentId")]
    [InlineData("GetUserResponse", "DriverLicenseBackUrl", "string?", "GovernmentId")]
    [InlineData("Driver", "driverLicenseId", "string", "GovernmentId")]
    [InlineData("Driver", "driverCitizenId", "string", "GovernmentId")]
    [InlineData("SoftwareLicense", "LicenseId", "string", null)]
    [InlineData("Invoice", "IssueDate", "DateTime", null)]
    [InlineData("VaccineAppointment", "BirthYear", "int", "Demographic")]
    [InlineData("Book", "PublicationYear", "int", null)]
    [InlineData("PandemicPatientDto", "DateOfDeath", "DateTime?", "Health")]
    [InlineData("PandemicPatientDto", "DateOfRecovery", "DateTime?", "Health")]
    [InlineData("PasswordRecoveryRequest", "RecoveryDate", "DateTime", null)]
    [InlineData("Invoice", "DueDate", "DateTime", null)]
    [InlineData("PandemicVaccinationDto", "VaccineDose", "string", "Health")]
    [InlineData("VaccineStock", "VaccineName", "string", null)]
    [InlineData("PatientMedicalHistoryDto", "Treatments", "string", "Health")]
    [InlineData("PatientMedicalHistoryDto", "Remarks", "string?", "Health")]
    [InlineData("ServiceCategory", "Treatments", "string", null)]
    [InlineData("Complaint", "ComplaintTitle", "string", "Content")]
    [InlineData("Complaint", "ComplaintDescription", "string", "Content")]
    [InlineData("ComplaintCategory", "Title", "string", null)]
    [InlineData("VaccineAppointment", "Name", "string", "Name")]
    [InlineData("VaccineAppointment", "Address", "string", "Contact")]
    [InlineData("PandemicVaccinationDto", "District", "string", "Location")]
    [InlineData("AppointmentType", "Name", "string", null)]
    [InlineData("Hospital", "District", "string", null)]
    [InlineData("GoogleLogupRequest", "Address", "string?", "Contact")]
    [InlineData("Tenant", "FirstName", "string", "Name")]
    [InlineData("TenantModel", "LastName", "string", "Name")]
    [InlineData("Tenant", "Name", "string", null)]
    [InlineData("Category", "FullName", "string", null)]
    [InlineData("VotersLedgerRecord", "StreetName", "string?", "Contact")]
    [InlineData("Store", "StreetName", "string", null)]
    [InlineData("UsersFilterForJobsParams", "CityName", "string?", "Location")]
    [InlineData("Warehouse", "CityName", "string", null)]
    [InlineData("VotersLedgerRecord", "Appartment", "int?", "Contact")]
    [InlineData("Building", "Apartment", "string", null)]
    [InlineData("Vehicle", "driverName", "string", "Name")]
    [InlineData("DatabaseConnection", "DriverName", "string", null)]
    [InlineData("Property", "Address1", "string", null)]
    [InlineData("Listing", "Latitude", "double", null)]
    [InlineData("DashboardModel", "TotalMonthlyIncome", "decimal", null)]
    [InlineData("Employee", "MonthlyIncome", "decimal", "Financial")]
    [InlineData("UpdateDonorRequest", "FullAddress", "string", "Contact")]
    [InlineData("Address", "FullAddress", "string?", null)]
    public void Rules_FromHeldOut10Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 36's false hits (after its first scoring, and after it had been labelled a
    /// second time and scored against that labelling, totals only), with a case it must flag and one it must not: a dealer
    /// is a trader like a vendor or a distributor; a row's key stays a key whatever its column is called (below).
    /// </summary>
    [Theory]
    [InlineData("DealerRecord", "StreetAddress", "string", null)]
    [InlineData("DealerRecordDto", "City", "string?", null)]
    [InlineData("Dealer", "Email", "string", null)]
    [InlineData("CustomerRecord", "StreetAddress", "string", "Contact")]
    [InlineData("DealerContact", "Email", "string", "Contact")]
    public void Rules_FromHeldOut36Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 43's and 44's errors (twenty-fourth session, after held-out 45 and 46 had been
    /// started), with a case it must flag and one it must not: a name in the plural and the name a person is known by; a
    /// common misspelling of a long exact name (a vowel for a vowel, a doubled letter), not any one-letter difference; a
    /// card's PIN and validity; a person's pulse and a blood pressure reading's; a sign-in with Google; roommates as people
    /// who describe themselves; a picture's abbreviation; an authentication token; an OAuth client's secret; a list of a
    /// model's rows named after it. Last, from the studied sets' remaining misses of bare names (held-out 36's family tracker):
    /// a parent or a child named alone is a person, a tree's parent or child node is not; a transferee's and an adviser's name;
    /// a person's cell number, not a grid's.
    /// </summary>
    [Theory]
    [InlineData("PersonResponse", "MiddleNames", "string", "Name")]
    [InlineData("UpdateJudiciaryPersonDto", "KnownAs", "string", "Name")]
    [InlineData("Product", "KnownAs", "string", null)]
    [InlineData("Chauffeur", "NationalInsurenceNumber", "string", "GovernmentId")]
    [InlineData("Customer", "EmailAdresss", "string", "Contact")]
    [InlineData("Remittance", "EmployerNumber", "string", null)]
    [InlineData("LegalCase", "ContractNumber", "string", null)]
    [InlineData("FuelCard", "Pin", "string", "Payment")]
    [InlineData("FuelCardDto", "ValidityDate", "DateTime", "Payment")]
    [InlineData("Voucher", "ValidityDate", "DateTime", null)]
    [InlineData("Patient", "Pulse", "int", "Health")]
    [InlineData("BpMeasurement", "Pulse", "int?", "Health")]
    [InlineData("MeasurementCreateVm", "Pulse", "int?", "Health")]
    [InlineData("ServiceHealth", "Pulse", "int", null)]
    [InlineData("OAuthGoogle", "GoogleId", "string", "Social")]
    [InlineData("Settings", "GoogleAnalyticsId", "string", null)]
    [InlineData("Roomie", "Description", "string", "Content")]
    [InlineData("Chore", "Description", "string", null)]
    [InlineData("RoomieData", "PicPath", "string", "Image")]
    [InlineData("Product", "PicPath", "string", null)]
    [InlineData("SmartDevice", "AuthenticationToken", "string", "Credentials")]
    [InlineData("CreateClientCredentialsResultViewModel", "Secret", "string", null)]
    [InlineData("AppOperator", "Secret", "string", "Credentials")]
    [InlineData("Profile", "Comments", "Comment[]", null)]
    [InlineData("Profile", "Comments", "string", "Content")]
    [InlineData("ChildDetailDto", "Name", "string", "Name")]
    [InlineData("CreateParentDto", "Name", "string", "Name")]
    [InlineData("ParentCategory", "Name", "string", null)]
    [InlineData("ChildNode", "Name", "string", null)]
    [InlineData("DispositionRecord", "TransfereeName", "string", "Name")]
    [InlineData("DispositionRecord", "WarehouseName", "string", null)]
    [InlineData("Contact", "CellNumber", "string", "Contact")]
    [InlineData("Cell", "CellNumber", "string", null)]
    public void Rules_FromHeldOut43And44Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 45's and 46's errors (twenty-fourth session, after held-out 47 and 48 had been
    /// started), with a case it must flag and one it must not: a citizenship certificate as an identity document; "img" for
    /// a picture; religious ministers, enquirers and relatives as people; a person's interests and hobbies as text; the name
    /// on a document; a person's WhatsApp number and Rh factor; "&lt;person&gt; number" as a whole number is a count; sickness
    /// and illness as health.
    /// </summary>
    [Theory]
    [InlineData("LandOwnerDto", "CitizenshipNumber", "string", "GovernmentId")]
    [InlineData("HouseOwnerDto", "CitizenshipIssueDate", "string", "GovernmentId")]
    [InlineData("ApplicationUser", "ImgUrl", "string", "Image")]
    [InlineData("Product", "ImgUrl", "string", null)]
    [InlineData("Masjidimam", "ImamName", "string", "Name")]
    [InlineData("RefCheck", "EnquirerName", "string", "Name")]
    [InlineData("Application", "RelativesName", "string", "Name")]
    [InlineData("ApplicationUser", "Interest", "string", "Behavior")]
    [InlineData("Customer", "Interest", "decimal", null)]
    [InlineData("RefCheckAcaCheck", "NameOnCertificate", "string", "Name")]
    [InlineData("Contact", "WhatsApp", "string", "Contact")]
    [InlineData("Settings", "WhatsApp", "string", null)]
    [InlineData("User", "Rh", "int", "Health")]
    [InlineData("Circuit", "Rh", "double", null)]
    [InlineData("HostOffer", "TravelerNumber", "int?", null)]
    [InlineData("Member", "MemberNumber", "string", "UniqueId")]
    [InlineData("SickApplicationDetails", "SicknessDetail", "string", "Health")]
    [InlineData("IndexChartReturnModel", "SickAppCount", "int", null)]
    public void Rules_FromHeldOut45And46Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 47's and 48's errors (twenty-fourth session, after held-out 49 and 50 had been
    /// started), with a case it must flag and one it must not: an organisation's profile or sign-up is not a person's; a
    /// class named "Constants" holds constants; a borrower named as text; a car's government plate; Dutch words for birth, a
    /// donation and people; a collection of a model named after it is that model's rows, whatever its name says; a booking's
    /// or a driver's record's driver; a video is a thing.
    /// </summary>
    [Theory]
    [InlineData("CompanyProfileEntity", "Email", "string", null)]
    [InlineData("CustomerProfileEntity", "Email", "string", "Contact")]
    [InlineData("ConfirmOrganizationUsersValidator", "Email", "string", "Contact")]
    [InlineData("Constants", "UserKickedFromChatErrorName", "string", null)]
    [InlineData("CartViewModel", "Borrower", "string", "Name")]
    [InlineData("Loan", "Borrower", "Borrower", null)]
    [InlineData("CarEntity", "GovernmentPlate", "string", "UniqueId")]
    [InlineData("Donatie", "Naam", "string", "Name")]
    [InlineData("Lid", "GeboorteD", "DateOnly", "Demographic")]
    [InlineData("Artist", "Inbox", "List<Inbox>", null)]
    [InlineData("Member", "Inbox", "string", "Contact")]
    [InlineData("User", "Token", "List<Token>", null)]
    [InlineData("BookingDetailsDto", "DriverName", "string", "Name")]
    [InlineData("EncoderValidator", "DriverName", "string", null)]
    [InlineData("Video", "YoutubeId", "string", null)]
    [InlineData("User", "YoutubeId", "string", "Social")]
    public void Rules_FromHeldOut47And48Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 49's and 50's errors (twenty-fourth session, after held-out 51 and 52 had been
    /// started), with a case it must flag and one it must not: whom a reservation is for; COVID-19 as a named condition; a
    /// device's registration key; identification marks; the name as a bank has it; a person's contact information as text;
    /// German "voller Name".
    /// </summary>
    [Theory]
    [InlineData("Reservation", "ReservedFor", "string", "Name")]
    [InlineData("Report", "ReservedFor", "string", null)]
    [InlineData("Client", "IsCoronaVictim", "bool", "Health")]
    [InlineData("Client", "DeviceRegistrationKey", "string", "DeviceId")]
    [InlineData("VisaApplicationForm", "IdentificationMarks", "string", "Demographic")]
    [InlineData("InvestorKycDetails", "NameAsPerBank", "string", "Name")]
    [InlineData("Patient", "ContactInfo", "string", "Contact")]
    [InlineData("Warehouse", "ContactInfo", "string", null)]
    [InlineData("Kunde", "VollerName", "string", "Name")]
    public void Rules_FromHeldOut49And50Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 51's and 52's errors (twenty-fifth session, after held-out 53 to 56 had been
    /// started), with a case it must flag and one it must not: a one-time password held as a number; a player's account and
    /// picture at a gaming network (a game's are not a person's); what issues a token; a person's province code; a person's
    /// summary of themselves; musicians, singers and performers as people; a contact's message; a picture link named in another
    /// order; Portuguese, Spanish, Italian, French, German and Dutch words for contact, message, nickname, photo, profile and player.
    /// </summary>
    [Theory]
    [InlineData("UserOTP", "OTPNumber", "string", "Credentials")]
    [InlineData("Verification", "ReferenceNumber", "string", null)]
    [InlineData("Player", "SteamId", "string", "Social")]
    [InlineData("Game", "SteamId", "string", null)]
    [InlineData("Boiler", "SteamPressure", "double", null)]
    [InlineData("Player", "SteamPicture", "string?", "Image")]
    [InlineData("Game", "SteamPicture", "string", null)]
    [InlineData("GenerateTokenResponse", "Token", "string", "Credentials")]
    [InlineData("GenerateReportResponse", "Token", "string", null)]
    [InlineData("MemberMetadata", "ProvinceCode", "string", "Location")]
    [InlineData("TaxRate", "ProvinceCode", "string", null)]
    [InlineData("User", "Summary", "string", "Content")]
    [InlineData("Report", "Summary", "string", null)]
    [InlineData("MusicianViewModel", "Name", "string", "Name")]
    [InlineData("Instrument", "Name", "string", null)]
    [InlineData("Contato", "Nome", "string", "Name")]
    [InlineData("Produto", "Nome", "string", null)]
    [InlineData("Contato", "Mensagem", "string", "Content")]
    [InlineData("Notification", "Message", "string", null)]
    [InlineData("EditarUsuario", "Apelido", "string", "Name")]
    [InlineData("JogadoresItem", "UrlFotoPerfil", "string", "Image")]
    [InlineData("Produto", "UrlFoto", "string", null)]
    [InlineData("PersonGameItem", "Nome", "string", null)]
    public void Rules_FromHeldOut51And52Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 53's to 56's errors (twenty-fifth session, after held-out 57 to 60 had been
    /// started), with a case it must flag and one it must not: "other names" as given names; guarantors, caregivers and a next of
    /// kin as people; whether a person is of age; a person's profile at a social network after their role; a business's
    /// computers as machines; a file a person uploads (an identity document's scan, their photograph, their content; not a news
    /// item's, an import's, a licence file or a song's lyrics: bitwarden's and Jellyfin's suggestion lists showed those); a person's
    /// sleep as health (not a worker's sleep interval); what a person logs of an activity they
    /// track (not a goal, not a catalogue).
    /// </summary>
    [Theory]
    [InlineData("Client", "OtherNames", "string", "Name")]
    [InlineData("Product", "OtherNames", "string", null)]
    [InlineData("Guarantor", "Name", "string", "Name")]
    [InlineData("Guarantor", "Address", "string", "Contact")]
    [InlineData("Student", "NextOfKinNumber", "string", "Contact")]
    [InlineData("Student", "NextOFKinName", "string", "Name")]
    [InlineData("Event", "NextOfKinName", "string", "Name")]
    [InlineData("SantaUser", "IsAdult", "bool", "Demographic")]
    [InlineData("Movie", "IsAdult", "bool", null)]
    [InlineData("AssignmentViewModel", "FacebookProfileUrl", "string", "Social")]
    [InlineData("Company", "FacebookProfileUrl", "string", null)]
    [InlineData("AdminConversationViewModel", "UserFacebookProfileUrl", "string", "Social")]
    [InlineData("Client", "CaregiverName", "string", "Name")]
    [InlineData("Client", "CaregiverCity", "string", "Location")]
    [InlineData("Computer", "IPAddress", "string", null)]
    [InlineData("Session", "IpAddress", "string", "IpAddress")]
    [InlineData("IncidentDto", "File", "IFormFile", "Content")]
    [InlineData("NewsAddrequest", "ImageFile", "IFormFile?", null)]
    [InlineData("AddPersonDTO", "ImageFile", "IFormFile", "Image")]
    [InlineData("DriverFormPostDto", "LicensePhotoFile", "IFormFile", "GovernmentId")]
    [InlineData("MeddraFileForImportDto", "Source", "IFormFile", null)]
    [InlineData("PremiumRequestModel", "License", "IFormFile", null)]
    [InlineData("BulkAssignmentUploadModel", "File", "IFormFile", null)]
    [InlineData("UploadLyricDto", "Lyrics", "IFormFile", null)]
    [InlineData("ProductDto", "ImageFile", "IFormFile", null)]
    [InlineData("RegisterComplaintRequest", "Image1", "IFormFile?", "Content")]
    [InlineData("UserProfile", "SleepHours", "decimal", "Health")]
    [InlineData("SleepRecord", "Quality", "int", "Health")]
    [InlineData("WorkerOptions", "SleepInterval", "int", null)]
    [InlineData("UserProfile", "SleepRecords", "ICollection<SleepRecord>?", null)]
    [InlineData("MeditationSession", "Minutes", "int", "Behavior")]
    [InlineData("WaterIntake", "AmountMl", "int", "Behavior")]
    [InlineData("PhysicalActivity", "Date", "DateOnly", "Behavior")]
    [InlineData("ActivityGoals", "Steps", "int", null)]
    [InlineData("Exercise", "Name", "string", null)]
    [InlineData("Course", "Duration", "int", null)]
    public void Rules_FromHeldOut53To56Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 57's to 60's errors (twenty-fifth session, after held-out 61 to 64 had been
    /// started), with a case it must flag and one it must not: a contact number kept as a number; sitters, inspectors, brokers,
    /// consignees (and Spanish "consignatary"), bullies and a person's mother or father as people; a house's or a shop's profile
    /// as the place's; ASP.NET's external-login template (the provider's name, link and OAuth state); an identity document's
    /// "document number" and expiry kept as a number; a demographic fact kept as a code; a mental disorder; a person's
    /// coordinate; a person's id in a social network's user record; where a ride picks a person up or drops them off; a vehicle's
    /// engine and chassis numbers (as its VIN); Kazakhstan's IIN on a person (not a card's issuer number); the browser and computer
    /// a person signs in from; a history model's rows.
    /// </summary>
    [Theory]
    [InlineData("Customer", "ContactNum", "long", "Contact")]
    [InlineData("Product", "ContactNum", "long", null)]
    [InlineData("HouseSitterDto", "Name", "string?", "Name")]
    [InlineData("UpdateHouseProfileDto", "Address", "string?", null)]
    [InlineData("ExternalLoginViewModel", "Name", "string", null)]
    [InlineData("ExternalLoginConfirmationViewModel", "Email", "string", "Contact")]
    [InlineData("Passport", "documentNo", "string", "GovernmentId")]
    [InlineData("Invoice", "documentNo", "string", null)]
    [InlineData("Mother", "name", "string", "Name")]
    [InlineData("WitnessContacts", "EthnicityCode", "string", "Demographic")]
    [InlineData("Country", "CountryCode", "string", null)]
    [InlineData("WitnessMesureDetails", "MentalDisorder", "string", "Health")]
    [InlineData("StudentEmergencyViewModel", "Coordinate", "string", "PreciseLocation")]
    [InlineData("CarWash", "CoordinateX", "decimal", null)]
    [InlineData("GoogleUserInfo", "Id", "string", "Social")]
    [InlineData("Video", "YoutubeId", "string", null)]
    [InlineData("BullyReport", "BullyName", "string", "Name")]
    [InlineData("BullyReport", "Location", "string", null)]
    [InlineData("RideDetail", "PickupLocation", "string?", "Contact")]
    [InlineData("Warehouse", "PickupAddress", "string", null)]
    [InlineData("Vehicle", "EngineNumber", "string", "DeviceId")]
    [InlineData("PersonViewModel", "Iin", "string", "GovernmentId")]
    [InlineData("SourceCard", "Iin", "string", null)]
    [InlineData("ApplicationUsers", "Browser", "string?", "Device")]
    [InlineData("SessionSummaryDTO", "ComputerName", "string", null)]
    [InlineData("CargoEntity", "ConsignataryName", "string", "Name")]
    [InlineData("Report", "InspectorName", "string", "Name")]
    [InlineData("Report", "Title", "string", null)]
    [InlineData("BrokerInfoViewModel", "BrokerName", "string?", "Name")]
    [InlineData("Apprentice", "PreviousEmailAddresses", "ICollection<ApprenticeEmailAddressHistory>", null)]
    public void Rules_FromHeldOut57To60Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 61's to 64's errors (twenty-fifth session, after held-out 65 to 68 had been
    /// started), with a case it must flag and one it must not: common misspellings and abbreviations (adress, reciver, avtar,
    /// emp, mgr); French family name, treating doctor and street; reviewees, appraisees, mentees and interviewees as people; a
    /// person's contact as text after their role; kudos as what a person wrote; migraines and seizures as named conditions, and
    /// what a person records of them; smoking; Russia's INN and SNILS on a person (an inn is also a hotel); ADO.NET tables;
    /// a web service's credentials; a membership (not a member and a ship).
    /// </summary>
    [Theory]
    [InlineData("CheckOut", "ReciverAddress", "string?", "Contact")]
    [InlineData("DeliveryAdressInput", "State", "string", "Location")]
    [InlineData("Warehouse", "Adress", "string", null)]
    [InlineData("PatientEntity", "NOM_FAMILLE", "string", "Name")]
    [InlineData("PatientEntity", "MEDECIN_TRAITANT", "string", "Name")]
    [InlineData("PatientEntity", "RUE", "string", "Contact")]
    [InlineData("UserRatingsResponseDto", "RevieweeName", "string", "Name")]
    [InlineData("ReferralDTO", "CandidateContact", "string", "Contact")]
    [InlineData("Supplier", "SupplierContact", "string", null)]
    [InlineData("Kudo", "Message", "string", "Content")]
    [InlineData("Kudo", "Title", "string", "Content")]
    [InlineData("Badge", "Title", "string", null)]
    [InlineData("PostComment", "Avtar", "string?", "Image")]
    [InlineData("ProbationProgress", "MgrName", "string", "Name")]
    [InlineData("MigraineEntry", "Severity", "int", "Health")]
    [InlineData("MigraineEntry", "Date", "DateTime", "Health")]
    [InlineData("Ticket", "Severity", "int", null)]
    [InlineData("Seizures", "SeizureSeverity", "int", "Health")]
    [InlineData("ProgressLog", "SmokedToday", "int", "Health")]
    [InlineData("QuitPlanResponse", "CigarettesPerDayBeforeQuit", "int", "Health")]
    [InlineData("UserPersonnelDataDto", "INN", "string", "GovernmentId")]
    [InlineData("Hotel", "Inn", "string", null)]
    [InlineData("UserPersonnelDataDto", "Snils", "string", "GovernmentId")]
    [InlineData("SettingsDTO", "UserProfielFullName", "DataTable", null)]
    [InlineData("WebserviceCreds", "Password", "string", null)]
    [InlineData("LoginCreds", "Password", "string", "Credentials")]
    [InlineData("MemberShipPackageResponse", "Name", "string", null)]
    [InlineData("MemberDto", "Name", "string", "Name")]
    public void Rules_FromHeldOut61To64Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 65's to 68's errors (twenty-fifth session, after held-out 69 to 72 had been
    /// started), with a case it must flag and one it must not: cattle, horses, dogs and other animals (not data subjects); a
    /// person's sex or marital status kept as a listed value's name, on the person's record (not the list's own rows); names in
    /// reverse; a key written id first (not an id number or an id token); a person's physical status; a person's signature kept
    /// as an image; "ccv" as a card's security code; farmers, facilitators, pandits and devotees as people.
    /// </summary>
    [Theory]
    [InlineData("CattleCreateDto", "Gender", "int", null)]
    [InlineData("CattleCreateDto", "BirthDate", "DateTime", null)]
    [InlineData("DogDto", "Name", "string", null)]
    [InlineData("MemberInquiryDetailsModel", "SexTypeName", "string", "Demographic")]
    [InlineData("MemberInquiryDetailsModel", "MaritalStatusName", "string", "Demographic")]
    [InlineData("MaritalStatusMaster", "MaritalStatusName", "string", null)]
    [InlineData("Allergy", "AllergyName", "string", null)]
    [InlineData("WitnessContacts", "EthnicityCode", "string", "Demographic")]
    [InlineData("Member", "nameFirst", "string", "Name")]
    [InlineData("Product", "nameFirst", "string", null)]
    [InlineData("ClassAttendance", "idAttendance", "int", null)]
    [InlineData("PersonalInformation", "idNumber", "string", "GovernmentId")]
    [InlineData("GoogleLoginDTO", "IdToken", "string", "Credentials")]
    [InlineData("Participant", "PhysicalStatus", "PhysicalStatus", "Health")]
    [InlineData("Room", "PhysicalStatus", "string", null)]
    [InlineData("MemberInquiryDetailsModel", "Signature", "byte[]", "Image")]
    [InlineData("Document", "Signature", "byte[]", null)]
    [InlineData("CreditCard", "Ccv", "string", "Payment")]
    [InlineData("UpdateBhaktaDTO", "BhaktaName", "string", "Name")]
    [InlineData("PanditNewDTO", "PanditName", "string", "Name")]
    [InlineData("CarrotFacility", "Facilitator", "string", "Name")]
    [InlineData("InterTrading", "FarmerName", "string", "Name")]
    public void Rules_FromHeldOut65To68Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 69's, 71's and 72's errors (twenty-sixth session, after held-out 70 and 73 to 75
    /// had been started), with a case it must flag and one it must not: a card's number, last four digits, expiry and security
    /// code under short names; a PayPal account; a person's reason or explanation for something (not a system's); when an
    /// absence or a leave application ran; the score given to a person on a rating or review named after them (not a course's);
    /// speakers and evaluators as names; a person's key at an external sign-in provider; ASP.NET Zero's "Get&lt;X&gt;ForViewDto" read as
    /// the entity's; a tour offered and a real-estate listing as things (not a tour's booking); the nature of a person's
    /// dispute or concern and a case's details; parishes and metro codes; an identifier at a social sign-in provider.
    /// </summary>
    [Theory]
    [InlineData("CreateOrEditTransactionDto", "CVCCode", "string", "Payment")]
    [InlineData("SourceCard", "CvcCheck", "string", null)]
    [InlineData("Deposit", "CardLast4", "string?", "Payment")]
    [InlineData("PaymentDetails", "cardExp", "string", "Payment")]
    [InlineData("TransportCard", "CardNo", "string", "UniqueId")]
    [InlineData("DocumentPaymentViewModel", "CardNo", "string", "Payment")]
    [InlineData("Deck", "CardCount", "int", null)]
    [InlineData("Payoutrequest", "PaypalId", "string?", "Financial")]
    [InlineData("PaymentSettings", "PaypalClientId", "string", null)]
    [InlineData("AdmissionRecord", "ReasonForAdmission", "string?", "Content")]
    [InlineData("LicenseApplicationDTO", "ExplanationForNoTaxClearance", "string", "Content")]
    [InlineData("ErrorCodes", "ReasonForFailure", "string", null)]
    [InlineData("Setting", "ReasonForChange", "int", null)]
    [InlineData("Absence", "StartAt", "DateTime", "Behavior")]
    [InlineData("LeaveApplication", "StartDate", "DateOnly", "Behavior")]
    [InlineData("Leave", "From", "DateTime", null)]
    [InlineData("Campaign", "StartAt", "DateTime", null)]
    [InlineData("CreateSitterReviewDto", "Rating", "int", "Content")]
    [InlineData("UserRatingsDto", "Rating", "double", "Content")]
    [InlineData("CourseReview", "Rating", "double", null)]
    [InlineData("AgendaViewModel", "Speaker", "string", "Name")]
    [InlineData("AgendaViewModel", "GeneralEvaluator", "string", "Name")]
    [InlineData("SessionSpeaker", "Speaker", "Speaker", null)]
    [InlineData("ExternalLogin", "ProviderUserId", "string", "UniqueId")]
    [InlineData("ExternalAuthenticateModel", "ProviderKey", "string", "UniqueId")]
    [InlineData("EncryptionSettings", "ProviderKey", "string", null)]
    [InlineData("ProviderUserInvitedViewModel", "ProviderUserId", "Guid", null)]
    [InlineData("GetBookingForViewDto", "StateCode", "string", "Location")]
    [InlineData("GetWarehouseForViewDto", "StateCode", "string", null)]
    [InlineData("TourDto", "Latitude", "string", null)]
    [InlineData("TourBooking", "Address", "string", "Contact")]
    [InlineData("RealestateModel", "Photo", "string?", null)]
    [InlineData("LegalNoticeViewModel", "NatureOfLegalConcern", "string", "Content")]
    [InlineData("EmergencyInfo", "NatureOfRelationship", "string", null)]
    [InlineData("UpdateProBonoDTO", "CaseDetails", "string", "Content")]
    [InlineData("TestCase", "CaseDetails", "string", null)]
    [InlineData("AddressDetails", "stateParish", "string", "Location")]
    [InlineData("UserLocation", "Metro_Code", "string", "Location")]
    [InlineData("Warehouse", "Parish", "string", null)]
    [InlineData("FacebookLoginRequest", "ID", "string", "Social")]
    [InlineData("FacebookPost", "Id", "string", null)]
    public void Rules_FromHeldOut69To72Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 32's, 33's, 34's, 37's, 38's, 41's and 42's errors (twenty-sixth session; their
    /// errors were printed by mistake, so they are studied sets now), with a case it must flag and one it must not: divers,
    /// priests, pet walkers and bidders as people (a pet is not); Aadhaar; a name or an identity number after "your" or "valid";
    /// a device's number; a geohash and a UK property reference; a city and time of birth; a push service's player id; a maiden
    /// name glued; where a ride goes (not a shipment); a visit's purpose (not an incident's); a review's pros, cons and stars (not
    /// a hotel's stars); a town or state written as part of an address (not an institute's); when a person slept (not a query's
    /// range or an average's); a medical aid (not its contact number); an ethnic group; a person's licence number after the
    /// person (not a business's); a message named after its writer; a play count glued (not a total over everyone); height and
    /// weight on a physical appearance (not a parcel's); a forename and a disability by their bare names (not a list of
    /// disability models); a log of where someone was (not a building's location).
    /// </summary>
    [Theory]
    [InlineData("Diver", "Name", "string", "Name")]
    [InlineData("DiveSite", "Name", "string", null)]
    [InlineData("Priest", "Name", "string", "Name")]
    [InlineData("PetWalkerRecord", "PhoneNumber", "string", "Contact")]
    [InlineData("PetRecord", "Name", "string", null)]
    [InlineData("BidderReg", "BidderName", "string", "Name")]
    [InlineData("FarmerReg", "FarmerAadhar", "string", "GovernmentId")]
    [InlineData("MortgageApplicationPersonalInformationDto", "YourInitials", "string", "Name")]
    [InlineData("FamilyFriendsVisit", "ValidIDNumber", "string", "GovernmentId")]
    [InlineData("Diver", "DeviceNumber", "int?", "DeviceId")]
    [InlineData("Server", "PortNumber", "int", null)]
    [InlineData("DriverLocation", "Geohash", "string", "PreciseLocation")]
    [InlineData("Questionnaire", "Uprn", "string", "PreciseLocation")]
    [InlineData("BaptismParentDTO", "CityOfBirth", "string", "Demographic")]
    [InlineData("UserProfileViewModal", "TimeOfBirth", "string?", "Demographic")]
    [InlineData("User", "OneSignalPlayerId", "string", "DeviceId")]
    [InlineData("People", "Maidname", "string", "Name")]
    [InlineData("RideRequestDto", "DestinationAddress", "string", "Contact")]
    [InlineData("Route", "DestinationAddress", "string", null)]
    [InlineData("FamilyFriendsVisit", "PurposeOfVisit", "string", "Content")]
    [InlineData("AllIncidents", "ReasonForVisit", "string", null)]
    [InlineData("Review", "Pros", "string", "Content")]
    [InlineData("ProductSpec", "Pros", "string", null)]
    [InlineData("Review", "Stars", "int", "Content")]
    [InlineData("ResidenceDto", "Stars", "string?", null)]
    [InlineData("Questionnaire", "AddressTown", "string", "Location")]
    [InlineData("InstituteRegisterDto", "AddressState", "string", null)]
    [InlineData("Sleep", "From", "DateTime", "Health")]
    [InlineData("GetAllSleepsDTO", "From", "DateTime?", null)]
    [InlineData("AverageTimeSleptDTO", "FromDate", "DateTime?", null)]
    [InlineData("MedicalInformation", "MedicalAidName", "string", "Health")]
    [InlineData("MedicalInformation", "MedicalAidContactNumber", "string", null)]
    [InlineData("PersonalInformation", "ethnicGroup", "string", "Demographic")]
    [InlineData("Destination", "PatientLicenseNumber", "string?", "GovernmentId")]
    [InlineData("Business", "LicenseNumber", "string", null)]
    [InlineData("Request", "OwnerMessage", "string?", "Content")]
    [InlineData("ErrorInfo", "ErrorMessage", "string", null)]
    [InlineData("PatientBaseCx", "Forename", "string?", "Name")]
    [InlineData("RegisterDTO", "Disability", "string", "Health")]
    [InlineData("Specialist", "Disabilities", "IEnumerable<Disability>?", null)]
    [InlineData("LocationLog", "Latitude", "double", "PreciseLocation")]
    [InlineData("BuildingLocation", "Latitude", "double", null)]
    [InlineData("UserArtist", "Playcount", "int", "Behavior")]
    [InlineData("AutopostSnapshot", "TotalPlaycount", "int", null)]
    [InlineData("PhysicalAppearance", "Weight", "string?", "Health")]
    [InlineData("Parcel", "Weight", "decimal", null)]
    public void Rules_FromHeldOut32To42Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 74's to 77's and 79's errors (twenty-seventh session, after held-out 80 to 83 had
    /// been started), with a case it must flag and one it must not: an EF Core navigation property is a reference; a name
    /// with the role after it; a sick leave's dates, reason and recommendations as health data; a commercial driver's licence;
    /// payroll deductions; a medical status and a flag of having a disease; a hearing or sight impairment; a candidate's index
    /// number, a student's middle initial and sign-in id, and Banner's PIDM; a petition's reason; what a person spent and
    /// holds in a wallet; numbered social media links and a second account at a network (not an organisation's); a house
    /// number and a postal code on an address (Polish "numer", "kod"); a job post's looks are what it asks for; an article's
    /// byline; an application form's message; a picture kept as a number is a flag; "pic" for picture; a name, address,
    /// e-mail or password glued after the initial of a person's record ("Customerinsert.cname"); a thing's manager kept as a
    /// record is a person; tickets a person buys; a person's skills are things; comments and messages in the plural (not in code about code); a full
    /// name glued or on another thing's record (not a category's or a file's); units and hours a student earned; a candidate's score;
    /// glued and abbreviated e-mail, postal address, Stripe and province names; Nordic postal codes; a validation code; a
    /// finder's e-mail; what a guest wrote on a reservation or an appointment.
    /// </summary>
    [Theory]
    [InlineData("MatchParticipant", "ParticipantUsernameNavigation", "Participant", null)]
    [InlineData("MatchParticipant", "ParticipantUsername", "string", "Account")]
    [InlineData("InvoiceDTO", "NameEmployee", "string", "Name")]
    [InlineData("InvoiceDTO", "NameAccount", "string", null)]
    [InlineData("SickLeave", "DateFrom", "DateTime", "Health")]
    [InlineData("SickLeave", "Recommendations", "string", "Health")]
    [InlineData("LeaveType", "DateFrom", "DateTime", null)]
    [InlineData("EmployeeDto", "CDLNumber", "string?", "GovernmentId")]
    [InlineData("EmployeeDto", "CDLExperationDate", "DateTime?", "GovernmentId")]
    [InlineData("CdlClass", "CdlCount", "int", null)]
    [InlineData("PayrollReportDto", "TaxDeductions", "decimal", "Financial")]
    [InlineData("TaxRule", "TaxDeductions", "decimal", null)]
    [InlineData("User", "MedicalStatus", "string", "Health")]
    [InlineData("User", "IsHaveDiseases", "bool", "Health")]
    [InlineData("Order", "MedicalStatus", "string", null)]
    [InlineData("CandMasterTemp", "Deaf", "string?", "Health")]
    [InlineData("Room", "Blind", "string", null)]
    [InlineData("CandidateScoresSeeded", "Indexno", "string?", "UniqueId")]
    [InlineData("SearchIndex", "IndexNo", "string", null)]
    [InlineData("BannerStudent", "Mi", "string", "Name")]
    [InlineData("State", "Mi", "string", null)]
    [InlineData("BannerStudent", "LoginId", "string", "Account")]
    [InlineData("SmtpSettings", "LoginId", "string", null)]
    [InlineData("RegistrationPetition", "ExceptionReason", "string", "Content")]
    [InlineData("ErrorCodes", "ExceptionReason", "string", null)]
    [InlineData("AdminUserModel", "AmountSpent", "decimal", "Financial")]
    [InlineData("Budget", "AmountSpent", "decimal", null)]
    [InlineData("Users", "Wallet", "double", "Financial")]
    [InlineData("ArtistModel", "SocialMediaLink1", "string", "Social")]
    [InlineData("CompanyProfile", "SocialMediaLink1", "string", null)]
    [InlineData("Adres", "numer", "string", "Contact")]
    [InlineData("Adres", "kod", "string", "Contact")]
    [InlineData("AddressType", "Code", "string", null)]
    [InlineData("JobPostQueryParamArg", "EyeColor", "string", null)]
    [InlineData("TalentModel", "EyeColor", "string", "Demographic")]
    [InlineData("Articles", "Author", "string", "Name")]
    [InlineData("Book", "Author", "string", null)]
    [InlineData("ApplicationForm", "Message", "string", "Content")]
    [InlineData("ProfileViewModel", "show_pic", "int?", null)]
    [InlineData("PersonalInfoEditModel", "ProfilePic", "string", "Image")]
    [InlineData("ProductViewModel", "ProfilePic", "string", null)]
    [InlineData("Customerinsert", "cname", "string?", "Name")]
    [InlineData("Customerinsert", "caddr", "string?", "Contact")]
    [InlineData("StaffInsert", "semail", "string?", "Contact")]
    [InlineData("Customerinsert", "pass", "string?", "Credentials")]
    [InlineData("ProductInsert", "pname", "string?", null)]
    [InlineData("Mountain", "pass", "string", null)]
    [InlineData("BuildingManagerAddDto", "PhoneNumber", "string", "Contact")]
    [InlineData("BuildingAddDto", "PhoneNumber", "string", null)]
    [InlineData("TicketPurchase", "Email", "string", "Contact")]
    [InlineData("PurchaseOrder", "Email", "string", null)]
    [InlineData("EmployeeSkillsViewModel", "Name", "string", null)]
    [InlineData("EmployeeViewModel", "Name", "string", "Name")]
    [InlineData("ArticleComments", "Comment", "string", "Content")]
    [InlineData("CommentsObjectDescriptor", "Comment", "string", null)]
    [InlineData("FileSystemMetadata", "FullName", "string", null)]
    [InlineData("ErrorMessages", "Message", "string", null)]
    [InlineData("Designs", "DesingerFullname", "string", "Name")]
    [InlineData("ExportPreviewCategoryModel", "FullName", "string", null)]
    [InlineData("SchoolDetailsTabDto", "FullName", "string", "Name")]
    [InlineData("SearchStudent", "HoursEarned", "decimal", "Behavior")]
    [InlineData("Product", "HoursEarned", "decimal", null)]
    [InlineData("CandidateScoresTemp", "Score", "decimal?", "Behavior")]
    [InlineData("Game", "Score", "int", null)]
    [InlineData("User", "Emailaddr", "string?", "Contact")]
    [InlineData("User", "Pidm", "string", "UniqueId")]
    [InlineData("RegisterViewModel", "stripeToken", "string", "Payment")]
    [InlineData("RegisterViewModel", "ProvState", "string", "Location")]
    [InlineData("EditViewModel", "Postnummer", "int?", "Contact")]
    [InlineData("UserPhoneEmailValidation", "EmailValidationCode", "string?", "Credentials")]
    [InlineData("FoundItemViewModel", "finderEmail", "string?", "Contact")]
    [InlineData("EditUserViewModel", "SecondYoutubeLink", "string", "Social")]
    [InlineData("Company", "SecondYoutubeLink", "string", null)]
    [InlineData("Reservation", "Description", "string", "Content")]
    [InlineData("ReservationType", "Description", "string", null)]
    public void Rules_FromHeldOut74To79Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 83's errors (twenty-seventh session, after its first scoring), with a case it
    /// must flag and one it must not: a car's registration plate written "RegPlate"; French member words ("NomMembre",
    /// "NumeroMembre", "DateAnniversaire"); a Venmo account; the last four digits of a mobile number.
    /// </summary>
    [Theory]
    [InlineData("Car", "RegPlate", "string", "UniqueId")]
    [InlineData("Car", "RegNumberOfSeats", "int", null)]
    [InlineData("BadgeFormationDto", "NomMembre", "string", "Name")]
    [InlineData("AuthResponseDto", "NumeroMembre", "string", "UniqueId")]
    [InlineData("AuthResponseDto", "DateAnniversaire", "DateTime", "Demographic")]
    [InlineData("Club", "DateCreation", "DateTime", null)]
    [InlineData("ApplicationUser", "VenmoAccount", "string", "Financial")]
    [InlineData("PaymentSettings", "VenmoClientId", "string", null)]
    [InlineData("PreferencesViewModel", "MobileLast4", "string", "Contact")]
    [InlineData("PreferencesViewModel", "MobileTheme", "string", null)]
    public void Rules_FromHeldOut83Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Common abbreviations in code, read as their words (twenty-seventh session; general vocabulary, not drawn from a labelled
    /// set's errors): a password, a user, a mobile or phone number, an address, coordinates, a birth date, an account, tax and
    /// social security number, a MAC address — a person's on a person's record, a service's or a thing's not; and the same kind
    /// of general vocabulary in other languages (blood groups, parents' names, Indonesia's KTP, a German account number).
    /// </summary>
    [Theory]
    [InlineData("User", "UserPwd", "string", "Credentials")]
    [InlineData("SmtpSettings", "Pwd", "string", null)]
    [InlineData("User", "Passwd", "string", "Credentials")]
    [InlineData("User", "UsrName", "string", "Account")]
    [InlineData("Customer", "MobNo", "string", "Contact")]
    [InlineData("Customer", "PhNo", "string", "Contact")]
    [InlineData("User", "Addr", "string", "Contact")]
    [InlineData("Server", "IpAddr", "string", null)]
    [InlineData("User", "Coords", "string", "PreciseLocation")]
    [InlineData("Customer", "BirthDt", "DateTime", "Demographic")]
    [InlineData("Customer", "AcctNo", "string", "Financial")]
    [InlineData("Employee", "TaxNo", "string", "GovernmentId")]
    [InlineData("Employee", "SocialSecurityNo", "string", "GovernmentId")]
    [InlineData("Game", "MobCount", "int", null)]
    [InlineData("Paciente", "TipoSangre", "string", "Health")]
    [InlineData("Hasta", "KanGrubu", "string", "Health")]
    [InlineData("Alumno", "NombreMadre", "string", "Name")]
    [InlineData("Pelanggan", "NoKtp", "string", "GovernmentId")]
    [InlineData("Kunde", "Kontonummer", "string", "Financial")]
    [InlineData("Produkt", "Kontonummer", "string", null)]
    public void CommonAbbreviations_ReadAsTheirWords(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    [Theory]
    [InlineData("Vessels", "Id", "int", null)]
    [InlineData("Appraisal", "_id", "int", null)]
    [InlineData("Circular", "ID", "long", null)]
    [InlineData("VotersLedgerRecord", "Number", "string", "GovernmentId")]
    [InlineData("VotersLedgerRecord", "Identifier", "int", "GovernmentId")]
    public void Rules_FromHeldOut36Errors_ARowsKeyIsNotRenamedByItsColumn(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.ClassifyByAttributes(container, new[] { ("Column", (string?)"idnum") }, type, member: member)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 13's errors (after held-out 14 had been built and scored once), with a case it
    /// must flag and one it must not.
    /// </summary>
    [Theory]
    [InlineData("ComplaintResponseDto", "GeoLat", "decimal?", "PreciseLocation")]
    [InlineData("Store", "GeoLong", "decimal", null)]
    [InlineData("RegisterCitizenDto", "Pincode", "string", "Contact")]
    [InlineData("Store", "Pincode", "string", null)]
    [InlineData("CreatePersonRequest", "BirthName", "string?", "Name")]
    [InlineData("Category", "BirthName", "string", null)]
    [InlineData("CreatePersonRequest", "DeathDate", "string?", "Health")]
    [InlineData("AnimalRequest", "DeathDate", "DateTime", null)]
    [InlineData("CreatePersonRequest", "Photos", "IFormFileCollection?", "Image")]
    [InlineData("ImportRequest", "File", "IFormFile", null)]
    [InlineData("PersonPhoto", "ImageData", "byte[]", "Image")]
    [InlineData("ProductPhoto", "ImageData", "byte[]", null)]
    [InlineData("ProfileModel", "Address_Building", "string", "Contact")]
    [InlineData("Store", "Address_Building", "string", null)]
    [InlineData("ProfileModel", "Watchword", "string", "Credentials")]
    [InlineData("SmtpSettings", "Passphrase", "string", null)]
    [InlineData("InsertCaseModel", "passno", "string", "GovernmentId")]
    [InlineData("Store", "PassportNo", "string", null)]
    [InlineData("VisaModel", "ResidenceAddress", "string", "Contact")]
    [InlineData("Hotel", "ResidenceAddress", "string", null)]
    [InlineData("Donation", "Message", "string?", "Content")]
    [InlineData("Donation", "Amount", "decimal", null)]
    [InlineData("AuthorizationHeader", "Token", "string", "Credentials")]
    [InlineData("PageHeader", "Token", "string", null)]
    [InlineData("OktaUser", "token", "JwtSecurityToken", "Credentials")]
    [InlineData("SmtpServerSettings", "Token", "JwtSecurityToken", null)]
    [InlineData("MvpProfile", "MentorDescription", "string?", "Content")]
    [InlineData("Product", "ProductDescription", "string", null)]
    [InlineData("UserResponse", "LastLoginAt", "DateTime?", "Behavior")]
    [InlineData("Device", "LastSeen", "DateTime", null)]
    [InlineData("AnimalRequest", "Age", "int", null)]
    [InlineData("BreedResponse", "SpecialNeeds", "string", null)]
    [InlineData("PetOwner", "Gender", "string", "Demographic")]
    public void Rules_FromHeldOut13Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 14's errors (after held-out 15 was built and scored once), with a case it must
    /// flag and one it must not. Rules in general terms only: criminal-offence words, "email id" as text, a support request's
    /// subject, an absence's dates and reason, a custody release, a rating's text, a person's bare picture or video, the
    /// meter at a person's home, a person's habits and build, a price per hour, domain and integration events as messages,
    /// lookup-table ("…Master") types as references, caste.
    /// </summary>
    [Theory]
    [InlineData("Prisoner", "Offense", "string", "Behavior")]
    [InlineData("Inmate", "Crimes", "string", "Behavior")]
    [InlineData("Prisoner", "DateOfImprisonment", "DateTime", "Behavior")]
    [InlineData("OffenseType", "Id", "int", null)]
    [InlineData("Prisoner", "DateOfRelease", "DateTime", "Behavior")]
    [InlineData("SoftwareVersion", "ReleaseDate", "DateTime", null)]
    [InlineData("AccountAdminCreateViewModel", "LoginEmailId", "String", "Contact")]
    [InlineData("ProfileViewModel", "EmailId", "string", "Contact")]
    [InlineData("EmailTemplate", "EmailId", "int", null)]
    [InlineData("Support", "SupportSubject", "string", "Content")]
    [InlineData("EmailTemplate", "Subject", "string", null)]
    [InlineData("Absence", "StartDate", "DateOnly", "Behavior")]
    [InlineData("Absence", "Reason", "string?", "Content")]
    [InlineData("Discount", "StartDate", "DateOnly", null)]
    [InlineData("TutorRating", "Content", "string", "Content")]
    [InlineData("Courier", "Rating", "double", null)]
    [InlineData("Customer", "Image", "string", "Image")]
    [InlineData("TutorProfile", "VideoUrl", "string", "Image")]
    [InlineData("Product", "Image", "string", null)]
    [InlineData("Customer", "MeterNumber", "string", "UniqueId")]
    [InlineData("Meter", "MeterNumber", "string", null)]
    [InlineData("ProfileViewModel", "EatingHabit", "byte", "Behavior")]
    [InlineData("ProfileViewModel", "BodyType", "byte", "Health")]
    [InlineData("EmailMessage", "BodyType", "string", null)]
    [InlineData("Tutor", "PricePerHour", "decimal", "Financial")]
    [InlineData("Product", "PricePerHour", "decimal", null)]
    [InlineData("PermitExpiredDomainEvent", "Emails", "List<string>", "Contact")]
    [InlineData("Event", "Email", "string", null)]
    [InlineData("ProfilePreferenceReligion", "Religion", "ReligionMaster", null)]
    [InlineData("TotalMember", "Caste", "string", "Demographic")]
    [InlineData("SubCasteMaster", "SubCasteName", "string", null)]
    public void Rules_FromHeldOut14Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 15's errors (after held-out 16 was built), with a case it must flag and one it
    /// must not. Rules in general terms only: India's PAN card, a device's registration token, what a device says of itself
    /// and where it was last seen, vital signs, a claimant's statement and its review notes, a person's sex kept as a flag, a
    /// list of signed-out tokens, businesses and agendas as things, a role's name, a person's account name as text.
    /// </summary>
    [Theory]
    [InlineData("User", "PanCard", "string", "GovernmentId")]
    [InlineData("Card", "Pan", "string", "Payment")]
    [InlineData("RegisteredDevice", "DeviceToken", "string", "DeviceId")]
    [InlineData("RegisteredDevice", "DeviceToken", "Guid", null)]
    [InlineData("RegisteredDevice", "OperatingSystem", "string", "Device")]
    [InlineData("DeviceRegistrationRequest", "DeviceModel", "string?", "Device")]
    [InlineData("BuildAgent", "OperatingSystem", "string", null)]
    [InlineData("Device", "Model", "string", null)]
    [InlineData("RegisteredDevice", "LastKnownLocation", "string?", "PreciseLocation")]
    [InlineData("VitalSigns", "Temperature", "double?", "Health")]
    [InlineData("VitalSigns", "Steps", "int?", "Behavior")]
    [InlineData("OpenAiChatRequest", "Temperature", "double", null)]
    [InlineData("TestEmergencyRequest", "OxygenSaturation", "int?", "Health")]
    [InlineData("SubmitClaimDto", "Description", "string", "Content")]
    [InlineData("ReviewClaimDto", "ReviewNotes", "string?", "Content")]
    [InlineData("RoleClaim", "Description", "string", null)]
    [InlineData("StaffIndexViewModel", "gender", "bool?", "Demographic")]
    [InlineData("Bedroom", "Gender", "bool", null)]
    [InlineData("BlackListToken", "Token", "string", "Credentials")]
    [InlineData("PageToken", "Token", "string", null)]
    [InlineData("Salon", "Latitude", "string", null)]
    [InlineData("DetailedAgenda", "time_zone", "string", null)]
    [InlineData("Customer", "Latitude", "string", "PreciseLocation")]
    [InlineData("Account", "role_name", "string", null)]
    [InlineData("Account", "RoleName", "string", null)]
    [InlineData("Account", "first_name", "string", "Name")]
    [InlineData("StaffIndexViewModel", "account", "string", "Account")]
    [InlineData("User", "Account", "Account?", null)]
    public void Rules_FromHeldOut15Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 16's errors (after held-out 17 was started), with a case it must flag and one it
    /// must not. Rules in general terms only: the deceased, mechanics and personnel as people, a physical address, a place of
    /// residence or burial, a date of death, religious affiliation, sex as a code, ASP.NET Core Identity's user tokens, a
    /// fingerprint's template, an eye prescription on a person, a person's id at a sign-in provider, a lab result, a bare
    /// "Login" typed as a model.
    /// </summary>
    [Theory]
    [InlineData("Deceased", "DeceasedName", "string", "Name")]
    [InlineData("Deceased", "DOD", "DateTime", "Health")]
    [InlineData("Deceased", "ReligiousAffiliation", "string", "Demographic")]
    [InlineData("Deceased", "BurialLocation", "string", "Location")]
    [InlineData("Product", "Location", "string", null)]
    [InlineData("MechanicListModel", "Name", "string", "Name")]
    [InlineData("MechanicListModel", "ResidencePlace", "string", "Location")]
    [InlineData("UpcomingShiftReadinessPersonnel", "Name", "string", "Name")]
    [InlineData("Skill", "Name", "string", null)]
    [InlineData("AddContactView", "PhysicalPostalCode", "string", "Contact")]
    [InlineData("AddContactView", "PhysicalCity", "string", "Location")]
    [InlineData("Warehouse", "PhysicalCity", "string", null)]
    [InlineData("PatientDemographics", "PatientSexCode", "string", "Demographic")]
    [InlineData("AspNetUserTokens", "Value", "string", "Credentials")]
    [InlineData("AspNetUserTokens", "Name", "string", null)]
    [InlineData("AppSetting", "Value", "string", null)]
    [InlineData("FingerPrint", "Template", "string", "Biometric")]
    [InlineData("EmailTemplate", "Template", "string", null)]
    [InlineData("Customer", "GLCylinder", "string", "Health")]
    [InlineData("Customer", "RAxis", "int", "Health")]
    [InlineData("ChartSeries", "Axis", "string", null)]
    [InlineData("UserProfile", "FirebaseUserId", "string", "UniqueId")]
    [InlineData("UserProfile", "FirebaseUserId", "int", null)]
    [InlineData("LaboratoryReport", "LabResult", "double?", "Health")]
    [InlineData("TwoFactorSms", "Login", "Login?", null)]
    [InlineData("Customer", "Login", "string", "Account")]
    public void Rules_FromHeldOut16Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 17's errors (after held-out 18 was started), with a case it must flag and one it
    /// must not. Rules in general terms only: contraindications, blood-pressure readings, a person's typed signature, India's
    /// Aadhaar number and card, a domicile, where a person died, a phone extension, orphans and sponsors as people, a
    /// principal's name, a person's residence as text, a medication's remark, institutes, ministries and municipalities as
    /// things, UI alert messages as system text, drop-down options, a name typed as a list of a model named after it.
    /// </summary>
    [Theory]
    [InlineData("ContraIndications", "HeartDisease", "bool", "Health")]
    [InlineData("UpdateClient", "ContraIndicationsStomachUlcers", "bool", "Health")]
    [InlineData("ContraIndications", "Id", "int", null)]
    [InlineData("FeatureFlags", "HeartDisease", "bool", null)]
    [InlineData("ClientBloodPressure", "ReadingSystolic", "int", "Health")]
    [InlineData("StaffOneToOne", "ClientSignature", "string", "Name")]
    [InlineData("StaffOneToOne", "ClientSignature", "byte[]", null)]
    [InlineData("Document", "Signature", "string", null)]
    [InlineData("Student", "AadharNumber", "string", "GovernmentId")]
    [InlineData("StudentRegisterDto", "StateOfDomicile", "string", "Location")]
    [InlineData("DeathCertificateOverviewModel", "DeathPlace", "string?", "Health")]
    [InlineData("Worker", "Extn", "string", "Contact")]
    [InlineData("SponsorshipDto", "OrphanName", "string?", "Name")]
    [InlineData("SponsorshipDto", "SponsorName", "string?", "Name")]
    [InlineData("FamiliesForEnterpriseOfferViewModel", "SponsorOrgName", "string", null)]
    [InlineData("InstituteRegisterDto", "PrincipalName", "string", "Name")]
    [InlineData("OrphanDto", "Residence", "string?", "Location")]
    [InlineData("Hotel", "Residence", "string", null)]
    [InlineData("ClientMedication", "Remark", "string", "Health")]
    [InlineData("Institute", "MobileNumber", "string", null)]
    [InlineData("Ministry", "MinistryEmail", "string", null)]
    [InlineData("MunicipalityModel", "City", "string", null)]
    [InlineData("DangerMessage", "text", "string", null)]
    [InlineData("ChatMessage", "Text", "string", "Content")]
    [InlineData("SponsorshipsIndexViewModel", "OrphanNames", "List<SelectListItem>?", null)]
    [InlineData("ClientBloodPressure", "StaffName", "ICollection<BloodPressureStaffName>", null)]
    [InlineData("ClientBloodPressure", "StaffName", "string", "Name")]
    public void Rules_FromHeldOut17Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 18's errors (after held-out 19 was started), with a case it must flag and one it
    /// must not. Rules in general terms only: how a person looks and their state of mind, a wedding date, a couple as people,
    /// a "contact us" message, an authenticator's shared key and URI, the subject of an OpenID Connect user-info response,
    /// MimeKit's and System.Net.Mail's address types, an exercise log's counts, height and weight on a medical record.
    /// </summary>
    [Theory]
    [InlineData("EnhancedRunnerUpdateDto", "EyeColor", "string?", "Demographic")]
    [InlineData("EnhancedRunnerUpdateDto", "PhysicalDescription", "string?", "Content")]
    [InlineData("Case", "MentalState", "string?", "Health")]
    [InlineData("Couple", "WeddingDate", "DateTime", "Demographic")]
    [InlineData("ContactUsAdd", "Subject", "string", "Content")]
    [InlineData("ContactInfo", "Subject", "string", null)]
    [InlineData("EnableAuthenticatorViewModel", "SharedKey", "string", "Credentials")]
    [InlineData("EncryptionSettings", "SharedKey", "string", null)]
    [InlineData("GoogleUserInfo", "Sub", "string", "UniqueId")]
    [InlineData("Subscription", "Sub", "string", null)]
    [InlineData("EmailMessage", "To", "List<MailboxAddress>", "Contact")]
    [InlineData("ExerciseEntry", "Minutes", "int", "Behavior")]
    [InlineData("CookingStep", "Minutes", "int", null)]
    [InlineData("WorkoutSet", "Weight", "double", null)]
    [InlineData("MedicalInformation", "Height", "int", "Health")]
    [InlineData("ImageInfo", "Height", "int?", null)]
    public void Rules_FromHeldOut18Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 19's errors (after held-out 20 was started), with a case it must flag and one it
    /// must not. Rules in general terms only: a condominium's residents and owners in Portuguese and Spanish and the building
    /// itself, "name of <person>", a midwife held as text, "Has…" and "Recent…" as qualifiers of a health word, illnesses,
    /// hearing loss, a health word typed as a list of a model named after it.
    /// </summary>
    [Theory]
    [InlineData("Morador", "Nome", "string", "Name")]
    [InlineData("ProprietarioDto", "Nome", "string", "Name")]
    [InlineData("Condominio", "Cidade", "string", null)]
    [InlineData("HouseholdMemberDto", "NameOfMother", "string?", "Name")]
    [InlineData("Report", "NameOfFile", "string", null)]
    [InlineData("PrintMasterlistRecordsDto", "Midwife", "string", "Name")]
    [InlineData("CreateChildDto", "HasAllergies", "bool", "Health")]
    [InlineData("CreateChildDto", "HasRecentMedication", "bool", "Health")]
    [InlineData("Customer", "HasEmail", "bool", null)]
    [InlineData("CommonQuestions", "PatientDieFromThisIllness", "string", "Health")]
    [InlineData("CreateVaccineDto", "AvoidChronic", "bool?", null)]
    [InlineData("Patient", "HearingLoss", "string", "Health")]
    [InlineData("Employee", "ChronicDiseases", "List<EmployeeChronicDisease>", null)]
    public void Rules_FromHeldOut19Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 20's errors (after held-out 21 and 22 were started), with a case it must flag and
    /// one it must not. Rules in general terms only: a column prefix abbreviating its own table (DB-first naming), "DoB", a
    /// person's sex as a flag, an identity document's own record and a member typed as one, an address's recipient, attention,
    /// delivery and secondary lines, a patient record's allergy, medication, treatment and vitals, the reason for an admission,
    /// a token's hash, an assessor, a date of death, a loan's balance, a guest's special requests.
    /// </summary>
    [Theory]
    [InlineData("Applicant", "appemail", "string", "Contact")]
    [InlineData("Admin", "admpwd", "string", "Credentials")]
    [InlineData("Employee", "EmpName", "string", "Name")]
    [InlineData("AppSettings", "AppName", "string", null)]
    [InlineData("SisterNurseTasks", "TaskName", "string", null)]
    [InlineData("AlreadyOrganizationMember", "OrgName", "string", null)]
    [InlineData("CipherSSHKeyModel", "KeyFingerprint", "string", null)]
    [InlineData("ErrorMessage", "message", "string", null)]
    [InlineData("VillageCreditCommitteeForm", "village", "Village", null)]
    [InlineData("Applicant", "appcontact", "string", "Contact")]
    [InlineData("Contract", "Contact", "Contact", null)]
    [InlineData("ViewDashboardOvcServiceReportingTool", "DoB", "DateTime?", "Demographic")]
    [InlineData("Person", "IsMale", "bool", "Demographic")]
    [InlineData("Animal", "IsMale", "bool", null)]
    [InlineData("Passport", "Series", "string", "GovernmentId")]
    [InlineData("Passport", "DivisionCode", "string?", "GovernmentId")]
    [InlineData("Citizen", "Series", "string", null)]
    [InlineData("MainViewModel", "_selectedPassport", "Passport?", null)]
    [InlineData("Address", "Attention", "string", "Name")]
    [InlineData("Address", "Secondary", "string", "Contact")]
    [InlineData("Notification", "Secondary", "string", null)]
    [InlineData("PatientsDisplayViewModel", "AllergyName", "string", "Health")]
    [InlineData("Allergy", "AllergyName", "string", null)]
    [InlineData("Patient_Vitals", "PatientVitalsValue", "int", "Health")]
    [InlineData("PatientVitalsViewModel", "VitalName", "string", null)]
    [InlineData("Admission", "AdmissionReason", "string", "Health")]
    [InlineData("PasswordResetToken", "TokenHash", "string", "Credentials")]
    [InlineData("Avat", "AssessorName", "string", "Name")]
    [InlineData("RptClaimOutreachSearch", "member_death", "DateTime?", "Demographic")]
    [InlineData("Player", "LastDeathTime", "DateTime", null)]
    [InlineData("LoanData", "Balance", "decimal?", "Financial")]
    [InlineData("LoanProduct", "MinBalance", "decimal", null)]
    [InlineData("Booking", "Special_Requests", "string?", "Content")]
    public void Rules_FromHeldOut20Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 21's errors (after held-out 22 was started), with a case it must flag and one it
    /// must not. Rules in general terms only: body measurements, pregnancy, postpartum and therapy care (notes, weight,
    /// contraception, breastfeeding, emotional wellbeing, an obstetrician held as text), a record about one person's medication
    /// (its effectiveness, side effects, dose and the reason it changed), a prescription's medicine and the name on the form, the
    /// file of a CV or an avatar, a doctor's consultation fee, Poland's NIP, how a person offering a service describes themselves.
    /// </summary>
    [Theory]
    [InlineData("NewBodyMeasurementsVm", "WaistCircumference", "decimal", "Health")]
    [InlineData("NewBodyMeasurementsVm", "Id", "int", null)]
    [InlineData("Prenatal_Postpartum_Therapy", "Session_Notes", "string?", "Health")]
    [InlineData("TrainingSession", "Session_Notes", "string?", null)]
    [InlineData("Postpartum", "Contraception", "string?", "Health")]
    [InlineData("TeenMom", "Birth_Control", "string?", "Health")]
    [InlineData("Postpartum", "Emotional_Wellbeing", "string?", "Health")]
    [InlineData("Prenatal_Obstetrician_Monitoring", "Obstetrician", "string?", "Name")]
    [InlineData("MedicationFeedback", "Effectiveness", "string?", "Health")]
    [InlineData("MedicationDosageAdjustment", "ProposedDose", "string?", "Health")]
    [InlineData("MedicationCategory", "Reason", "string", null)]
    [InlineData("Prescription", "MedicineName", "string", "Health")]
    [InlineData("Medicine", "MedicineName", "string", null)]
    [InlineData("TransferPrescription", "Name", "string", "Name")]
    [InlineData("Cv", "FilePath", "string", "Content")]
    [InlineData("Avatar", "FilePath", "string", "Image")]
    [InlineData("Document", "FilePath", "string", null)]
    [InlineData("Doctor", "ConsultationFee", "decimal", "Financial")]
    [InlineData("NewDieticianVm", "NIP", "string", "GovernmentId")]
    [InlineData("Mentor", "Description", "string", "Content")]
    [InlineData("ClientDto", "Description", "string", null)]
    [InlineData("PackageDependent", "Description", "string", null)]
    public void Rules_FromHeldOut21Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 22's errors (after held-out 23 and 24 were started), with a case it must flag and
    /// one it must not. Rules in general terms only: coordinators, judges, kids and refugees as people, a mail's addressees, an
    /// allergy record, an ID's issue date, a person's gender written out, a code suffix, basic pay and remuneration, a person's
    /// image, a push-notification token, a payment gateway's bill-to fields; a nationality as a number, a collection of a
    /// credentials model, an animal's birth date and a document's abbreviated name are left alone.
    /// </summary>
    [Theory]
    [InlineData("School", "CoordAltPhone", "string", "Contact")]
    [InlineData("Events", "EventCoordinatorName", "string", "Name")]
    [InlineData("JudgesExport", "StateOrProvince", "string?", "Location")]
    [InlineData("MailMessage", "CcAddresses", "string", "Contact")]
    [InlineData("SmtpSettings", "ToAddresses", "string", null)]
    [InlineData("AllergyEntry", "Reaction", "string", "Health")]
    [InlineData("Allergy", "Reaction", "string", null)]
    [InlineData("EditableHouseholdMemberViewModel", "IdIssueDate", "string", "GovernmentId")]
    [InlineData("UserProfile", "GenderDescription", "string", "Demographic")]
    [InlineData("Gender", "GenderDescription", "string", null)]
    [InlineData("UserProfile", "EthnicityCd", "string", "Demographic")]
    [InlineData("NewEmployee", "BasicPay", "decimal", "Financial")]
    [InlineData("NewEmployee", "Nationality", "int", null)]
    [InlineData("EmployeeRemuneration", "RemunerationAmount", "decimal", "Financial")]
    [InlineData("ReturnCourseReviewDTO", "StudentImage", "string", "Image")]
    [InlineData("CourseDto", "CourseImage", "string", null)]
    [InlineData("NotificationTokenEntity", "Token", "string", "DeviceId")]
    [InlineData("Order", "Bill_To_Email", "string", "Contact")]
    [InlineData("UserDetail", "UserPasswordResets", "ICollection<UserPasswordResets>", null)]
    [InlineData("Pet", "BirthDate", "DateTimeOffset", null)]
    [InlineData("EditableUserDocumentViewModel", "DocName", "string", null)]
    public void Rules_FromHeldOut22Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 23's errors (before held-out 24 was scored), with a case it must flag and one it
    /// must not. Rules in general terms only: pensioners, interpreters and translators as people and a pensioner's pension,
    /// accountants, cashiers and chiefs as roles, an approver held as text, a person's token, a hunting or firearms licence's
    /// number, the US NPI, pay stubs; a service's setting, a licence's token and a clinical trial's age and sex are left alone.
    /// </summary>
    [Theory]
    [InlineData("PensionerModel", "MonthlyPension", "decimal", "Financial")]
    [InlineData("PensionScheme", "MonthlyPension", "decimal", null)]
    [InlineData("InterpreterData", "HourlyRate", "decimal", "Financial")]
    [InlineData("LegalSettings", "ChiefAccountantName", "string", "Name")]
    [InlineData("InterpreterRequestData", "InvoiceApprover", "string?", "Name")]
    [InlineData("Users", "Token", "string?", "Credentials")]
    [InlineData("UserLicense", "Token", "string", null)]
    [InlineData("HuntingLicenseResponseDto", "LicenseNumber", "string", "GovernmentId")]
    [InlineData("SoftwareLicense", "LicenseNumber", "string", null)]
    [InlineData("HealthcareOrganizationContactForUpdate", "Npi", "string", "GovernmentId")]
    [InlineData("IncomeVerfication", "PaystubRecentMonthly", "double?", "Financial")]
    [InlineData("OuterServiceSetting", "Password", "string", null)]
    [InlineData("Trial", "Age", "string?", null)]
    [InlineData("Patient", "Age", "string?", "Demographic")]
    public void Rules_FromHeldOut23Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 24's errors (after held-out 25 and 26 were started), with a case it must flag and
    /// one it must not. Rules in general terms only: a bride and a groom, a counsellor and a payee as people, a divorce date and
    /// a complexion, a person's name suffix, a contact request's message.
    /// </summary>
    [Theory]
    [InlineData("DivorceRegistration", "BrideName", "string", "Name")]
    [InlineData("DivorceRegistration", "DivorceDate", "DateTime", "Demographic")]
    [InlineData("ApplicationUser", "Complexion", "string", "Demographic")]
    [InlineData("FeedbackViewModel", "CounsellorName", "string", "Name")]
    [InlineData("Cheque", "Payee", "string", "Name")]
    [InlineData("Person", "Suffix", "string", "Name")]
    [InlineData("FileInfo", "Suffix", "string", null)]
    [InlineData("ContactRequest", "Message", "string", "Content")]
    [InlineData("ErrorResponse", "Message", "string", null)]
    public void Rules_FromHeldOut24Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 25's errors (before held-out 26 was scored), with a case it must flag and one it
    /// must not. Rules in general terms only: a religion and the age at marriage in any name, a domicile's city, the length and
    /// date of a criminal sentence, a memorable secret, a superior and a coordinator as people, addiction rehabilitation's
    /// dates, progress and relapses.
    /// </summary>
    [Theory]
    [InlineData("EntityEditViewModel", "BirthReligion", "string?", "Demographic")]
    [InlineData("EntityEditViewModel", "AgeOfMarriage", "int?", "Demographic")]
    [InlineData("EntityEditViewModel", "DomicileCity", "string?", "Location")]
    [InlineData("SentenceInformationDto", "SentenceYears", "int?", "Behavior")]
    [InlineData("SentenceTranslation", "SentenceText", "string", null)]
    [InlineData("ApplicationUserDto", "MemorablePlace", "string", "Credentials")]
    [InlineData("ApplicationUserDto", "SuperiorName", "string?", "Name")]
    [InlineData("MealScheduleModel", "coordinator", "string", "Name")]
    [InlineData("Rehab_Admission", "Admission_Date", "string?", "Health")]
    [InlineData("Rehabilitation_Progress", "Progress", "string?", "Health")]
    [InlineData("Project", "Progress", "string", null)]
    [InlineData("Cell", "CellNumber", "int", null)]
    public void Rules_FromHeldOut25Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 26's errors (while held-out 27 and 28 were built), with a case it must flag and
    /// one it must not. Rules in general terms only: a person's case and what is written on it, a message from a person, the hash
    /// or serial of an authentication token.
    /// </summary>
    [Theory]
    [InlineData("CaseInformationDto", "Description", "string", "Content")]
    [InlineData("CaseFile", "Notes", "string", "Content")]
    [InlineData("Case", "Summary", "string?", "Content")]
    [InlineData("CaseStatusTypeField", "Description", "string?", null)]
    [InlineData("CaseSet", "Description", "string", null)]
    [InlineData("TestCase", "Description", "string", null)]
    [InlineData("CaseInformation", "MessageFromClient", "string", "Content")]
    [InlineData("CaseInformation", "MessageFromServer", "string", null)]
    [InlineData("Token", "AccessTokenHash", "string", "Credentials")]
    [InlineData("LoginResultDto", "RefreshTokenSerial", "string", "Credentials")]
    [InlineData("Token", "AccessTokenExpiresDateTime", "DateTimeOffset", null)]
    [InlineData("FileChunk", "ContentHash", "string", null)]
    public void Rules_FromHeldOut26Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 27's errors (after its first scoring; held-out 28 stays unseen), with a case it
    /// must flag and one it must not. Rules in general terms only: a third and a fourth given name, a national number, the
    /// country of citizenship and a citizen flag, a house and an entrance of an address, a person's licence to practise, the
    /// code of an invitation sent to one person; not the ISO code of a phone number's country.
    /// </summary>
    [Theory]
    [InlineData("GetPersonDTO", "ThirdName", "string?", "Name")]
    [InlineData("AddPersonDTO", "NationalNo", "string", "GovernmentId")]
    [InlineData("Order", "OrderNo", "string", null)]
    [InlineData("UpdatePersonalDataGrpcContract", "CountryOfCitizenship", "string", "Demographic")]
    [InlineData("PersonalData", "USCitizen", "bool?", "Demographic")]
    [InlineData("PersonalData", "PhoneIso", "string", null)]
    [InlineData("Address", "House", "string", "Contact")]
    [InlineData("Address", "Entrance", "int?", "Contact")]
    [InlineData("Building", "Entrance", "string", null)]
    [InlineData("Staff", "LicenseNumber", "string?", "GovernmentId")]
    [InlineData("SoftwareLicense", "LicenseNumber", "string", null)]
    [InlineData("PatientInvitation", "Code", "string", "Credentials")]
    [InlineData("InviteCode", "Code", "string", null)]
    public void Rules_FromHeldOut27Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 29's errors (after its first scoring; held-out 28 and 30 stay unseen), with a case
    /// it must flag and one it must not. Rules in general terms only: a middle initial, an unnumbered address line, a drug or
    /// food allergy, a person's contact number with the person in front, a telephone call's record, a performance rating.
    /// </summary>
    [Theory]
    [InlineData("IndexModel", "MiddleInitial", "string", "Name")]
    [InlineData("Customer", "AddressLine", "string", "Contact")]
    [InlineData("Warehouse", "AddressLine", "string", null)]
    [InlineData("InitialIntake", "DrugAllergy", "string?", "Health")]
    [InlineData("Allergy", "AllergyName", "string", null)]
    [InlineData("MotherDetail", "fatherContactNo", "string", "Contact")]
    [InlineData("Supplier", "ContactNo", "string", null)]
    [InlineData("VoiceCall", "Number", "string", "Contact")]
    [InlineData("CallEntry", "Name", "string", "Name")]
    [InlineData("CallType", "Name", "string", null)]
    [InlineData("ActualsSummaryReportModel", "PerformanceRating", "string", "Behavior")]
    [InlineData("ServerStats", "PerformanceScore", "double", null)]
    public void Rules_FromHeldOut29Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 31's errors (after its first scoring; held-out 28, 30 and 32 stay unseen), with
    /// a case it must flag and one it must not: a person's birth kept as a date, the reason written on a person's case.
    /// </summary>
    [Theory]
    [InlineData("PersonDTO", "Birth", "DateOnly?", "Demographic")]
    [InlineData("Product", "Birth", "DateTime", null)]
    [InlineData("ReturneeCaseStatusHistory", "Reason", "string?", "Content")]
    [InlineData("CaseSet", "Reason", "string", null)]
    public void Rules_FromHeldOut31Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 28's and 30's errors (after their first scorings; held-out 32, 33 and 34 stay
    /// unseen), with a case it must flag and one it must not: a named condition (physical or mental, and its state), a MAC
    /// address, a club member's name, a code sent by text message and a user's refresh token, a person's user principal name, a
    /// visa's dates, a security hint's answer, a person's initials.
    /// </summary>
    [Theory]
    [InlineData("Call", "ReasonDepression", "bool?", "Health")]
    [InlineData("Diagnose", "PrimaryTumor", "PrimaryTumorState", "Health")]
    [InlineData("CurrentDiagnoseOutputModel", "DistantMetastasisState", "string", "Health")]
    [InlineData("Patient", "HasAsthma", "bool", "Health")]
    [InlineData("Pet", "Diabetes", "bool", null)]
    [InlineData("Patient", "TumorType", "string", null)]
    [InlineData("Customer", "MAC", "string?", "DeviceId")]
    [InlineData("Member", "MemberName", "string", "Name")]
    [InlineData("TeeTime", "MemberName", "string", "Name")]
    [InlineData("ValidationContext", "MemberName", "string", null)]
    [InlineData("BitMemberAutoDataAttribute", "MemberName", "string", null)]
    [InlineData("PhoneCodeEntity", "Code", "string", "Credentials")]
    [InlineData("CountryPhoneCode", "Code", "string", null)]
    [InlineData("UserRefreshToken", "Code", "string", "Credentials")]
    [InlineData("AttendeeDto", "EmployeeUpn", "string", "Account")]
    [InlineData("EventRequestBase", "AssignedToUpn", "string", null)]
    [InlineData("ApplyVisa", "DateOfExpiry", "DateTime", "GovernmentId")]
    [InlineData("ApplyVisa", "DateOfApplication", "DateTime", null)]
    [InlineData("User", "HintAnswer", "string", "Credentials")]
    [InlineData("ProfileViewModel", "Initials", "string", "Name")]
    public void Rules_FromHeldOut28And30Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Each rule added while studying held-out 35's errors (after its first scoring; held-out 32, 33, 34 and 37 stay unseen),
    /// with a case it must flag and one it must not: a person's body measured for a garment, a numbered security answer, a
    /// national insurance number after a person word, a remitter, a "mob number", an identification document's dates, and the
    /// building, floor and flat of a person's address.
    /// </summary>
    [Theory]
    [InlineData("MeasurementRequestDTO", "Waist", "float", "Health")]
    [InlineData("Registration", "SleeveLength", "double", "Health")]
    [InlineData("Product", "SleeveLength", "double", null)]
    [InlineData("Guitar", "Neck", "string", null)]
    [InlineData("EditCustomerDTO", "Security_Answer_1", "string", "Credentials")]
    [InlineData("ApplicationRequestData", "ParentNationalInsuranceNumber", "string?", "GovernmentId")]
    [InlineData("Remittance_TrnDTO", "Remitter_Name", "string", "Name")]
    [InlineData("Remittance_TrnDTO", "Mob_Number1", "string", "Contact")]
    [InlineData("Beneficiary", "Identification_Issue_Date", "DateTime?", "GovernmentId")]
    [InlineData("IdentificationType", "IdentificationTypeId", "string", null)]
    [InlineData("Customer", "Building", "string", "Contact")]
    [InlineData("Room", "Floor", "int", null)]
    public void Rules_FromHeldOut35Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// A record about one person — another of its members refers to a person, by a key named after them or as one person's
    /// model — is read again for what someone wrote on it (notes, a reason, a comment, feedback, a memo) and when the person
    /// came and went (a time in and out, a check-in and check-out); a payment's note, a system's message, a booking's check-in
    /// date and a list of people are not such evidence or such data.
    /// </summary>
    [Theory]
    [InlineData("AttendanceLog", "Notes", "string?", true, "Content")]
    [InlineData("Appointment", "CancellationReason", "string?", true, "Content")]
    [InlineData("Session", "Feedback", "string", true, "Content")]
    [InlineData("AttendanceLog", "Notes", "string?", false, null)]
    [InlineData("PaymentDto", "Notes", "string?", true, null)]
    [InlineData("Notification", "Message", "string", true, null)]
    [InlineData("AttendanceLog", "Status", "string", true, null)]
    [InlineData("RosterEntry", "TimeIn", "DateTimeOffset", true, "Behavior")]
    [InlineData("Visit", "CheckOutDate", "DateTime", true, "Behavior")]
    [InlineData("Booking", "CheckInDate", "DateTime", true, null)]
    [InlineData("RosterEntry", "CreatedAt", "DateTime", true, null)]
    public void RecordAboutOnePerson_ReadsWhatIsWrittenOnIt(string container, string member, string type, bool owned, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type, personBySiblings: false, ownedByPerson: owned)?.ToString());

    [Theory]
    [InlineData("StudentId", "int", true)]
    [InlineData("PatientID", "int?", true)]
    [InlineData("Kid_Id", "int", true)]
    [InlineData("Defendant", "Defendant", true)]
    [InlineData("Student", "StudentDto?", true)]
    [InlineData("AccountId", "int", false)]
    [InlineData("Students", "List<Student>", false)]
    [InlineData("ProductId", "int", false)]
    [InlineData("Status", "PersonType", false)]
    public void PersonReference_IsAKeyOrAModelOfOnePerson(string member, string type, bool expected) =>
        Assert.Equal(expected, PiiNameClassifier.IsPersonReference(member, type));

    /// <summary>
    /// Names in other languages are read as their English words (general vocabulary of each language, not names from a
    /// labelled set): the rules, container kinds included, then apply as to English names. Snake-case names that are a known
    /// name are that name, not a schema prefix before a generic word ("first_name" is not "era_name").
    /// </summary>
    [Theory]
    [InlineData("Cliente", "DataNascimento", "DateTime", "Demographic")]
    [InlineData("Cliente", "Data_Nascimento", "DateTime?", "Demographic")]
    [InlineData("Paciente", "Nome", "string", "Name")]
    [InlineData("Produto", "Nome", "string", null)]
    [InlineData("Kunde", "Vorname", "string", "Name")]
    [InlineData("Kunde", "Straße", "string", "Contact")]
    [InlineData("Kunde", "PLZ", "string", "Contact")]
    [InlineData("Usuario", "Senha", "string", "Credentials")]
    [InlineData("Cliente", "Endereço", "string", "Contact")]
    [InlineData("Empresa", "Endereco", "string", null)]
    [InlineData("Loja", "Telefone", "string", null)]
    [InlineData("Persona", "FechaDeNacimiento", "DateTime", "Demographic")]
    [InlineData("Reserva", "FechaHasta", "DateTime", null)]
    [InlineData("KhachHang", "SoDienThoai", "string", "Contact")]
    [InlineData("KhachHang", "NgaySinh", "DateTime", "Demographic")]
    [InlineData("SanPham", "Ten", "string", null)]
    [InlineData("Client", "Prénom", "string", "Name")]
    [InlineData("Client", "MotDePasse", "string", "Credentials")]
    [InlineData("Produit", "Nom", "string", null)]
    [InlineData("Pelanggan", "TanggalLahir", "DateTime", "Demographic")]
    [InlineData("Musteri", "TcKimlikNo", "string", "GovernmentId")]
    [InlineData("Cittadino", "CodiceFiscale", "string", "GovernmentId")]
    [InlineData("Klant", "Tussenvoegsel", "string", "Name")]
    [InlineData("Citizen", "EGN", "string", "GovernmentId")]
    [InlineData("Angajat", "CNP", "string", "GovernmentId")]
    [InlineData("Documento", "Firma", "string", null)]
    [InlineData("Matrix", "Sin", "double", null)]
    [InlineData("Order", "first_name", "string", "Name")]
    [InlineData("Order", "last_name", "string", "Name")]
    [InlineData("Order", "postal_code", "string", "Contact")]
    [InlineData("Order", "birth_date", "DateTime", "Demographic")]
    [InlineData("Order", "card_number", "string", "Payment")]
    [InlineData("Order", "era_contactfirstname", "string", "Name")]
    [InlineData("Product", "era_name", "string", null)]
    public void ForeignNames_ReadAsTheirEnglishWords_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Container evidence: a first name, a family name or a birth date among a container's members makes it a person's record,
    /// whatever its name says; a role in front ("ContactFirstName" of a supplier) or a settings container does not.
    /// </summary>
    [Theory]
    [InlineData("Tenant", "FirstName", "string", true)]
    [InlineData("PublishedEventWithPublisher", "LastNameHeb", "string?", true)]
    [InlineData("Kunde", "Geburtsdatum", "DateTime", true)]
    [InlineData("Supplier", "ContactFirstName", "string", false)]
    [InlineData("Store", "OwnerBirthDate", "DateTime", false)]
    [InlineData("OrdererFieldSettings", "FirstName", "FieldSetting", false)]
    [InlineData("TTypedConstraint", "FName", "String", false)]
    [InlineData("Customer", "Email", "string", false)]
    [InlineData("Student", "FullName", "string", false)]
    [InlineData("BdInfoDirectoryInfo", "FullName", "string", false)]
    [InlineData("Company", "FullName", "string", false)]
    [InlineData("TenantResponseDto", "FullName", "string", true)]
    [InlineData("TenantCompany", "FullName", "string", false)]
    [InlineData("TenantResponseDto", "Name", "string", false)]
    public void PersonAnchor_IsAFirstNameOrBirthDateWithoutARole(string container, string member, string type, bool expected) =>
        Assert.Equal(expected, PiiNameClassifier.IsPersonAnchor(container, member, type));

    [Theory]
    [InlineData("Tenant", "EmailAddress", "string", "Contact", null)]
    [InlineData("TenantModel", "Telephone", "string", "Contact", null)]
    [InlineData("PublishedEventWithPublisher", "PhoneNumber", "string?", "Contact", null)]
    [InlineData("AddressEntity", "Name", "string", null, null)]
    [InlineData("AddressEntity", "Line1", "string", "Contact", "Contact")]
    [InlineData("MailServerSettings", "Password", "string", null, null)]
    [InlineData("Tenant", "CreatedOn", "DateTime", null, null)]
    public void PersonRecordBySiblings_ReadsAThingNamedContainerAsAPersons(string container, string member, string type, string? bySiblings, string? alone)
    {
        Assert.Equal(bySiblings, PiiNameClassifier.Classify(container, member, type, personBySiblings: true)?.ToString());
        Assert.Equal(alone, PiiNameClassifier.Classify(container, member, type)?.ToString());
    }

    /// <summary>Each rule added while studying held-out 2's errors, with a case it must flag and one it must not.</summary>
    [Theory]
    [InlineData("Order", "ShipPostalCode", "string", "Contact")]
    [InlineData("Order", "ShipRegion", "string", "Location")]
    [InlineData("Order", "ShipVia", "int", null)]
    [InlineData("Employee", "Region", "string", "Location")]
    [InlineData("Territory", "Region", "string", null)]
    [InlineData("Shipper", "Phone", "string", null)]
    [InlineData("Category", "Picture", "byte[]", null)]
    [InlineData("Hotel", "DefaultPicture", "string", null)]
    [InlineData("City", "Latitude", "double", null)]
    [InlineData("MemberEntity", "IconUrl", "string", "Image")]
    [InlineData("SlackNotificationSettings", "IconUrl", "string", null)]
    [InlineData("ContactEntity", "TaxpayerId", "string", "GovernmentId")]
    [InlineData("AddressEntity", "FaxNumber", "string", "Contact")]
    [InlineData("AddressEntity", "RegionName", "string", "Location")]
    [InlineData("NoteEntity", "ModifierName", "string", "Name")]
    [InlineData("EmailEntity", "Address", "string", "Contact")]
    [InlineData("ServerEndpoint", "Address", "string", null)]
    [InlineData("LicenseDto", "EmailId", "string", "Contact")]
    [InlineData("Notification", "EmailId", "int", null)]
    [InlineData("LicenseDto", "DiscordId", "string?", "Social")]
    [InlineData("Company", "TwitterUrl", "string", null)]
    [InlineData("ReadingListItemDto", "PagesRead", "int", "Behavior")]
    [InlineData("ReadingListItemDto", "PagesTotal", "int", null)]
    [InlineData("UserData", "LastPlayedDate", "DateTime", "Behavior")]
    [InlineData("MessageDto", "From", "string", "Contact")]
    [InlineData("MessageDto", "Subject", "string", "Content")]
    [InlineData("BookingRequest", "From", "DateTime", null)]
    [InlineData("CommentAddedEvent", "Reply", "string", "Content")]
    [InlineData("CommentCanBeAddedOnlyByMemberRule", "Message", "string", null)]
    [InlineData("Profile", "Alias", "string", "Account")]
    [InlineData("ExportCategoryModel", "Alias", "string", null)]
    public void Rules_FromHeldOut2Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 3's errors (after it was scored once), with a case it must flag and one it must not.</summary>
    [Theory]
    [InlineData("CommentItem", "Email", "string", "Contact")]
    [InlineData("CatalogItem", "Email", "string", null)]
    [InlineData("AddressItem", "Address", "string", null)]
    [InlineData("CommentItem", "Author", "string", "Name")]
    [InlineData("PluginInfoViewModel", "Author", "string", null)]
    [InlineData("CommentDetail", "Website", "string", "Contact")]
    [InlineData("Package", "Website", "string", null)]
    [InlineData("ClientDto", "PreferredName", "string", "Name")]
    [InlineData("ReportLog", "User", "string", "Account")]
    [InlineData("TagNotification", "User", "MembershipUser", null)]
    [InlineData("EditTopicViewModel", "Content", "string", "Content")]
    [InlineData("ReportTemplate", "Content", "string", null)]
    [InlineData("UserProfile", "DisplayName", "string", "Name")]
    [InlineData("CaseSet", "DisplayName", "string", null)]
    [InlineData("Webhook", "ReceiverAddress", "string", null)]
    [InlineData("GoogleOAuthData", "ClientSecret", "string", null)]
    [InlineData("GoogleOAuthData", "RefreshToken", "string", "Credentials")]
    [InlineData("CreateChildrensCentreViewModel", "CentreEmail", "string", null)]
    [InlineData("CommentItem", "Title", "string", "Content")]
    [InlineData("ProductReviewDto", "Title", "string", "Content")]
    [InlineData("NoteEntity", "Title", "string", null)]
    [InlineData("CommentFilterItem", "Subject", "string", null)]
    public void Rules_FromHeldOut3Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 4's errors (after it was scored once), with a case it must flag and one it must not.</summary>
    [Theory]
    [InlineData("NotificationSettingsBase", "EmailAddress", "string?", "Contact")]
    [InlineData("NotificationSettingsBase", "SmsNumber", "string?", "Contact")]
    [InlineData("SmtpSettings", "EmailAddress", "string", null)]
    [InlineData("SmsSettings", "SmsNumber", "string", null)]
    [InlineData("SlackNotificationSettings", "Username", "string", null)]
    [InlineData("NotificationSettingRequest", "SmsVerificationCode", "string?", "Credentials")]
    [InlineData("UserDto", "ResetCode", "string", "Credentials")]
    [InlineData("ErrorInfo", "ErrorCode", "string", null)]
    [InlineData("AddressDto", "CountryCode", "string", null)]
    [InlineData("ResetPasswordModel", "Digest", "string", "Credentials")]
    [InlineData("FileEntry", "Digest", "string", null)]
    [InlineData("OdrHistoryQuery", "Phn", "string", "GovernmentId")]
    [InlineData("PatientDto", "HealthCardNumber", "string", "GovernmentId")]
    [InlineData("PatientDto", "HealthNumberLength", "int", null)]
    [InlineData("Claim", "PractitionerName", "string", "Name")]
    [InlineData("Claim", "PracticeName", "string", null)]
    [InlineData("LaboratoryReport", "Report", "string", "Health")]
    [InlineData("SalesReport", "Report", "string", null)]
    [InlineData("APIUserDailyChallengeStatistics", "DailyStreakBest", "int", "Behavior")]
    [InlineData("APIUserDailyChallengeStatistics", "Top10PercentPlacements", "int", "Behavior")]
    [InlineData("APIUserDailyChallengeStatistics", "LastWeeklyStreak", "DateTimeOffset?", "Behavior")]
    [InlineData("APIUserDailyChallengeStatistics", "UserID", "int", null)]
    [InlineData("APIUserDailyChallengeStatistics", "LastUpdate", "DateTimeOffset?", null)]
    [InlineData("UserStatistics", "TotalUsers", "int", null)]
    [InlineData("ServerStatistics", "RequestCount", "int", null)]
    [InlineData("RepositoryCommitModel", "_message", "string", "Content")]
    [InlineData("RepositoryCommitModel", "MessageShort", "string", "Content")]
    [InlineData("RepositoryTreeDetailModel", "CommitMessage", "string", "Content")]
    [InlineData("OperationResult", "ErrorMessage", "string", null)]
    [InlineData("RepositoryCommitModel", "AuthorAvatar", "string", "Image")]
    [InlineData("Category", "CategoryPicture", "string", null)]
    [InlineData("ChatItem", "MessageContent", "string", "Content")]
    [InlineData("NewTicketPushNotificationInfo", "MessageContent", "string", null)]
    [InlineData("RecentActivityUser", "Url", "string", "Account")]
    [InlineData("MediaUrl", "Url", "string", null)]
    [InlineData("Product", "Url", "string", null)]
    public void Rules_FromHeldOut4Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 5's errors (after it was scored once), with a case it must flag and one it must not.</summary>
    [Theory]
    [InlineData("Post", "Summary", "string?", "Content")]
    [InlineData("Content", "Html", "string", "Content")]
    [InlineData("Content", "Source", "Uri?", null)]
    [InlineData("APINewsPost", "Preview", "string", null)]
    [InlineData("ModerationPolicyDto", "Summary", "string", null)]
    [InlineData("ModerationRemarkDto", "Text", "string", "Content")]
    [InlineData("ErrorMessage", "message", "string", null)]
    [InlineData("Photo", "Url", "string", "Image")]
    [InlineData("PhotoForApprovalDto", "Url", "string", "Image")]
    [InlineData("ProductPhoto", "Url", "string", null)]
    [InlineData("MemberUpdateDto", "Description", "string?", "Content")]
    [InlineData("ClientDto", "Description", "string", null)]
    [InlineData("MessageDto", "SenderDisplayName", "string", "Name")]
    [InlineData("ExternalLogin", "ProviderDisplayName", "string", null)]
    [InlineData("MessageDto", "RecipientImageUrl", "string?", "Image")]
    [InlineData("ProductDto", "CategoryImageUrl", "string", null)]
    [InlineData("StudentGrade", "Mark", "decimal", "Behavior")]
    [InlineData("StudentCourseEnrollment", "FinalGrade", "string", "Behavior")]
    [InlineData("Attendance", "AttendanceStatus", "string", "Behavior")]
    [InlineData("Course", "Grade", "string", null)]
    [InlineData("StudentGrade", "GradeId", "int", null)]
    [InlineData("Student", "Grade", "int", null)]
    [InlineData("TokenResponseVM", "Token", "string?", "Credentials")]
    [InlineData("GenerateCaptchaOutput", "Token", "string", null)]
    [InlineData("Profile", "Inbox", "Uri", "Contact")]
    [InlineData("Server", "Inbox", "Uri", null)]
    [InlineData("Employee", "Emergency", "string", "Contact")]
    [InlineData("Ticket", "Emergency", "bool", null)]
    [InlineData("Employee", "NIS", "string", "GovernmentId")]
    [InlineData("Teacher", "SocialStatus", "string", "Demographic")]
    [InlineData("Address", "BuildingNo", "string", "Contact")]
    [InlineData("Store", "BuildingNo", "string", null)]
    public void Rules_FromHeldOut5Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 6's errors (after it was scored once), with a case it must flag and one it must not.</summary>
    [Theory]
    [InlineData("SupplyOrder", "UserNum", "long", null)]
    [InlineData("Customer", "PhoneNo", "long", "Contact")]
    [InlineData("PromotionLog", "EmailHostingFK", "long", null)]
    [InlineData("ChatMessage", "UserKey", "int?", null)]
    [InlineData("ProtectedDeviceResponseModel", "EncryptedUserKey", "string", "Credentials")]
    [InlineData("AsapComm", "GuidMessageToMobile", "string", null)]
    [InlineData("ConfirmationRequest", "ShortGuidEmail", "string", null)]
    [InlineData("AsapComm", "MessageToMobile", "string", "Contact")]
    [InlineData("ConfirmationRequest", "EmailSubj", "string", null)]
    [InlineData("ChatMessage", "EmailSubject", "string", "Content")]
    [InlineData("CreateEmailAddressIdentityRequest", "EmailAddress", "EmailAddressResource", null)]
    [InlineData("CreateEmailAddressIdentityRequest", "EmailAddress", "string", "Contact")]
    [InlineData("MessageViewModel", "message", "ChatMessage", null)]
    [InlineData("MessageViewModel", "message", "string", "Content")]
    [InlineData("ClientConfigEmailProviderIncomingServer", "Username", "string", null)]
    [InlineData("ServerUser", "Username", "string", "Account")]
    [InlineData("PackageOwnersResultViewModel", "Name", "string", "Name")]
    [InlineData("PackageOwnersResultViewModel", "ProfileUrl", "string", "Account")]
    [InlineData("PackageResultViewModel", "Name", "string", null)]
    [InlineData("OrgInfo", "Teacher", "string", "Name")]
    [InlineData("Course", "Teacher", "Teacher", null)]
    [InlineData("RecentAbsentsInfo", "LeaderName", "string", "Name")]
    [InlineData("WebChatSession", "TechName", "string", "Name")]
    [InlineData("RecentAbsentsInfo", "OrgName", "string", null)]
    [InlineData("UserViewModel", "Hash", "string", "UniqueId")]
    [InlineData("Profile", "EmailHash", "string", "UniqueId")]
    [InlineData("FileDownload", "Hash", "string", null)]
    [InlineData("ChatMessage", "HtmlContent", "string", "Content")]
    [InlineData("WebChatSession", "QuestionText", "string", "Content")]
    [InlineData("Ticket", "StatusText", "string", null)]
    [InlineData("NotificationMessage", "HtmlContent", "string", null)]
    [InlineData("ApplicationReviewEditModel", "CandidateFeedback", "string", "Content")]
    [InlineData("Shipment", "DeliveryNotes", "string", null)]
    [InlineData("UserViewModel", "AfkNote", "string", "Content")]
    [InlineData("FamilyMemberHistory", "_Note", "List<Hl7.Fhir.Model.Annotation>", null)]
    [InlineData("UserProfile", "SmtpPassword", "string", "Credentials")]
    [InlineData("SmtpSettings", "SmtpPassword", "string", null)]
    public void Rules_FromHeldOut6Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 7's and 8's errors, with a case it must flag and one it must not.</summary>
    [Theory]
    // Only people have first, middle and family names, whatever word is in front; a thing's name word still wins.
    [InlineData("EmergencyInfo", "EmrFirstName", "string", "Name")]
    [InlineData("UserReferenceModel", "RefMiddleName", "string", "Name")]
    [InlineData("ColumnMapping", "ColumnLastName", "string", null)]
    // Qualifiers "official", "preferred", "legal" in front.
    [InlineData("JourneyTrnLookupState", "OfficialLastName", "string", "Name")]
    [InlineData("Account", "PreferredLanguage", "string", null)]
    // A generic value after a qualifier is its container's concept.
    [InlineData("MobileNumber", "_normalizedValue", "string", "Contact")]
    [InlineData("Money", "_normalizedValue", "string", null)]
    // Government register identifiers of a person.
    [InlineData("User", "Trn", "string?", "GovernmentId")]
    [InlineData("Learner", "ULN", "string", "GovernmentId")]
    [InlineData("Transaction", "TrnDate", "DateTime", null)]
    // A PIN of a confirmation or second factor; a postal PIN is not.
    [InlineData("EmailConfirmationPin", "Pin", "string", "Credentials")]
    [InlineData("SmsSender", "VerificationPin", "string", "Credentials")]
    [InlineData("GetPODetailByPOIdDTO", "Pin", "string", null)]
    // "<role> login" is the person's account.
    [InlineData("Policy", "AgentLogin", "string", "Account")]
    [InlineData("Policy", "LastLogin", "DateTime", null)]
    // The container's kind decides over person words before it.
    [InlineData("GetPersonResponseInitialTeacherTrainingProvider", "Name", "string", null)]
    [InlineData("UserPropertyCategoryJsonViewModel", "Name", "string", null)]
    [InlineData("GetPersonResponse", "FirstName", "string", "Name")]
    [InlineData("ProfilePageViewModel", "Hash", "string", "UniqueId")]
    [InlineData("UserLocation", "Latitude", "double", "PreciseLocation")]
    // "<person> number" is a registration number, "<caller> number" a phone number.
    [InlineData("Patient", "PatientNumber", "string", "UniqueId")]
    [InlineData("Call", "CallerNumber", "string", "Contact")]
    [InlineData("Product", "ProductNumber", "string", null)]
    // A state of the data named by a participle is not the data.
    [InlineData("ApplicantStatusCountModel", "PhoneScreened", "string", null)]
    [InlineData("ApplicantStatusCountModel", "PhoneNumber", "string", "Contact")]
    // An SMS typed as a model is a message.
    [InlineData("DealRequest", "Sms", "Sms", null)]
    [InlineData("Customer", "Sms", "string", "Contact")]
    // A comment on a person is text about them; on a transaction it is not.
    [InlineData("UserMilitaryModel", "DisonourComment", "string", "Content")]
    [InlineData("EmployeeCashTransactionDto", "Remarks", "string", null)]
    // A telephone anywhere in the name; accessibility needs are health data; "<data> for <purpose>".
    [InlineData("Candidate", "AddressTelephone", "string", "Contact")]
    [InlineData("TeachingEventAddAttendee", "AccessibilityNeedsForEvent", "string?", "Health")]
    [InlineData("Venue", "AccessibilityEnabled", "bool", null)]
    [InlineData("Notification", "TemplateForEmail", "string", null)]
    // A location as a whole number is a list code.
    [InlineData("Candidate", "Location", "int?", null)]
    [InlineData("Candidate", "Location", "string", "PreciseLocation")]
    // OAuth: the person's code and token are credentials; an OAuth client is an application.
    [InlineData("OAuthTokenForm", "Code", "string?", "Credentials")]
    [InlineData("OAuthRevokeForm", "Token", "string?", "Credentials")]
    [InlineData("OAuthAuthorizeConsentResponse", "ClientName", "string", null)]
    [InlineData("OAuthOptions", "Code", "string", null)]
    // A respondent's answer in a survey interview; a question's option is not.
    [InlineData("InterviewMutliOptionQuestion", "ProtectedAnswer", "int[]", "Content")]
    [InlineData("InterviewApiDetails", "Answers", "List<QuestionApiItem>", null)]
    [InlineData("QuestionOption", "Answer", "string", null)]
    // A typed signature on a form a person signs; a webhook's signature is not.
    [InlineData("DisclaimerModel", "Signature", "string", "Name")]
    [InlineData("WebhookRequest", "Signature", "string", null)]
    // An account number after another word; a vendor's is not.
    [InlineData("PolicyAccountDto", "PolicyAccountNumber", "string", "Financial")]
    [InlineData("Invoice", "VendorAccountNumber", "string", null)]
    // A schema publisher's prefix on glued lower-case names; a glued host name is not a person's.
    [InlineData("InvoiceEntity", "era_contactfirstname", "string", "Name")]
    [InlineData("InvoiceEntity", "era_contactnumber", "string", "Contact")]
    [InlineData("InvoiceEntity", "era_contactfax", "string", "Contact")]
    [InlineData("InvoiceEntity", "era_hostname", "string", null)]
    [InlineData("InvoiceEntity", "era_invoicenumber", "string", null)]
    public void Rules_FromHeldOut7And8Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>
    /// Rules drawn from held-out 9's errors after its one scoring, each in general terms, with a member it must flag and one
    /// it must leave alone.
    /// </summary>
    [Theory]
    // A message's recipient is an address header.
    [InlineData("EmailTimeline", "Recipient", "string?", "Contact")]
    [InlineData("ValidationRule", "Recipient", "string", null)]
    // Receivers, senders, donors, patrons and admins are people.
    [InlineData("Receiver", "Name", "string", "Name")]
    [InlineData("Donor", "State", "string?", "Location")]
    [InlineData("PatronDetailModel", "Address", "string", "Contact")]
    [InlineData("Admin", "Email", "string", "Contact")]
    [InlineData("ReceiverGroup", "Name", "string", null)]
    // A person or an address header typed with a model of the code base is a reference.
    [InlineData("ConversationPart", "author", "Author", null)]
    [InlineData("AdminConversationMessage", "to", "To", null)]
    [InlineData("Comment", "Author", "string", "Name")]
    [InlineData("Email", "To", "string", "Contact")]
    [InlineData("User", "Gender", "Gender", "Demographic")]
    // A serial number kept as a whole number is a sequence number; a device's serial is its identifier.
    [InlineData("TeacherDesignation", "SerialNo", "Int64", null)]
    [InlineData("Device", "SerialNumber", "string", "DeviceId")]
    [InlineData("Device", "Serial", "long", "DeviceId")]
    // An organisation's account is not a person's; the mask of a person's account or card is the number's last digits.
    [InlineData("BusinessAccount", "Name", "string?", null)]
    [InlineData("BusinessAccount", "Mask", "string?", null)]
    [InlineData("AccountAssets", "Mask", "string?", "Financial")]
    [InlineData("AccountAssets", "Name", "string", null)]
    [InlineData("PaymentCard", "Mask", "string", "Payment")]
    [InlineData("PasswordPolicy", "Mask", "string", null)]
    [InlineData("BankAccount", "AccountNumber", "string", "Financial")]
    // A person's credit score and its reason codes; a game's score is not.
    [InlineData("CraPartnerInsightsBaseFicoScore", "Score", "int", "Financial")]
    [InlineData("CraPartnerInsightsBaseFicoScore", "ReasonCode1", "string?", "Financial")]
    [InlineData("Applicant", "FicoScore", "int", "Financial")]
    [InlineData("GameResult", "Score", "int", null)]
    [InlineData("CraPartnerInsightsBaseFicoScore", "BaseFicoScoreVersion", "CraPartnerInsightsBaseFicoScoreVersion", null)]
    // The parts of a person's name; a list of constant names is not.
    [InlineData("IndividualScreeningHitNames", "Full", "string", "Name")]
    [InlineData("HumanName", "Family", "string", "Name")]
    [InlineData("ClaimNames", "Full", "string", null)]
    // Neighbourhoods are a person's location, like a city; a store's is not.
    [InlineData("ApplicationUser", "Neighborhood", "string", "Location")]
    [InlineData("Store", "Neighborhood", "string", null)]
    // Street lines and check numbers are vocabulary.
    [InlineData("Donor", "Street2", "string?", "Contact")]
    [InlineData("Enrichments", "CheckNumber", "string?", "Financial")]
    [InlineData("Store", "Street2", "string", null)]
    // A link to an avatar is a person's image wherever it is kept; a thing's is not.
    [InlineData("ViewModelBase", "AvatarUri", "Uri?", "Image")]
    [InlineData("Team", "AvatarUrl", "string", null)]
    [InlineData("Asset", "ImageUrl", "string", null)]
    // An external login's provider key identifies the person at the provider; a payment provider's key is not.
    [InlineData("RemoveLoginViewModel", "ProviderKey", "string", "UniqueId")]
    [InlineData("PaymentSettings", "ProviderKey", "string", null)]
    // Attachments of a person's message; a product's are not.
    [InlineData("Reply", "attachment_urls", "List<String>", "Content")]
    [InlineData("Product", "AttachmentUrls", "List<string>", null)]
    // What a person gives or owes; a campaign's totals are not.
    [InlineData("Donor", "AverageGift", "decimal", "Financial")]
    [InlineData("PatronDetailModel", "OverdueFees", "decimal?", "Financial")]
    [InlineData("Customer", "Balance", "decimal", "Financial")]
    [InlineData("Campaign", "TotalDonations", "decimal", null)]
    [InlineData("Donor", "FirstGiftDate", "DateTime?", null)]
    // A person's own attributes after their role; a product's are not.
    [InlineData("Teacher", "TeacherGender", "string", "Demographic")]
    [InlineData("Teacher", "TeacherNationality", "string", "Demographic")]
    [InlineData("Product", "ProductGender", "string", null)]
    // Glued lower-case names split at any person word, a member's view-model suffix and one-letter markers dropped.
    [InlineData("SalaryDetailsViewModel", "teachernameVM", "String", "Name")]
    [InlineData("GuardianInfo", "GNameF", "string", "Name")]
    [InlineData("Server", "hostname", "string", null)]
    [InlineData("SalaryDetailsViewModel", "designameVM", "String", null)]
    public void Rules_FromHeldOut9Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 11's errors, with a case it must flag and one it must not.</summary>
    [Theory]
    [InlineData("GuestAttendanceLog", "ClockIn", "DateTime", "Behavior")]
    [InlineData("StaffTimesheet", "TimeOut", "TimeSpan", "Behavior")]
    [InlineData("Attendance", "AttendanceDate", "DateTime", null)]
    [InlineData("HotelBooking", "CheckInTime", "DateTime", null)]
    [InlineData("Instructor", "ProfilePicturePath", "string", "Image")]
    [InlineData("Product", "ProfileImagePath", "string", null)]
    [InlineData("Coach", "HourlyRate", "decimal", "Financial")]
    [InlineData("Worker", "Wages", "decimal", "Financial")]
    [InlineData("Room", "HourlyRate", "decimal", null)]
    [InlineData("Tariff", "RatePerHour", "decimal", null)]
    [InlineData("Customer", "TelNo", "string", "Contact")]
    [InlineData("Applicant", "Citizenship", "string", "Demographic")]
    [InlineData("Patient", "MedicalHistory", "string", "Health")]
    [InlineData("Server", "HealthCheckUrl", "string", null)]
    [InlineData("Pupil", "BirthCertificateNo", "string", "GovernmentId")]
    [InlineData("Citizen", "Dni", "string", "GovernmentId")]
    [InlineData("Renter", "IdCardNumber", "string", "GovernmentId")]
    [InlineData("Card", "CardType", "string", null)]
    [InlineData("TraineeDto", "Name", "string", "Name")]
    [InlineData("LodgerDetails", "Address", "string", "Contact")]
    [InlineData("TravellerDto", "ForeignFirstName", "string", "Name")]
    [InlineData("TravellerDto", "Patronymic", "string", "Name")]
    [InlineData("Contact", "Lname", "string", "Name")]
    [InlineData("Boat", "Owner", "string", "Name")]
    [InlineData("Boat", "Owner", "Owner", null)]
    [InlineData("Charge", "Customer", "string", null)]
    [InlineData("Vendor", "ResponsiblePerson", "string", "Name")]
    [InlineData("Vendor", "ContactPerson", "Contact", null)]
    [InlineData("Car", "Plate", "string", "UniqueId")]
    [InlineData("Booking", "NumberPlate", "string", "UniqueId")]
    [InlineData("Dish", "Plate", "string", null)]
    [InlineData("Destination", "City", "string", null)]
    [InlineData("Patient", "City", "string", "Location")]
    [InlineData("Booking", "FullName", "FullName", null)]
    [InlineData("Booking", "FullName", "string", "Name")]
    [InlineData("PrescriptionLine", "Medication", "Medication", null)]
    [InlineData("PrescriptionLine", "Medication", "string", "Health")]
    [InlineData("Person", "Gender", "Gender", "Demographic")]
    public void Rules_FromHeldOut11Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    /// <summary>Each rule added while studying held-out 12's errors, with a case it must flag and one it must not.</summary>
    [Theory]
    // Numbered fields and abbreviated name words; a known name with a digit keeps it.
    [InlineData("DisputeWithUpdates", "DisputantGivenName2", "string", "Name")]
    [InlineData("JJDispute", "OccamDisputantGiven1Nm", "string", "Name")]
    [InlineData("Contact", "Email2", "string", "Contact")]
    [InlineData("SchoolsExperienceSignUp", "AddressLine3", "string", "Contact")]
    [InlineData("Order", "Line2Total", "decimal", null)]
    [InlineData("Report", "Column3", "string", null)]
    // A glued name word after any word; a thing's name is not a person's.
    [InlineData("Dispute", "LawyerSurname", "string?", "Name")]
    [InlineData("Dispute", "DisputantSurname", "string", "Name")]
    [InlineData("Report", "FileSurname", "string", null)]
    // Legal roles are people: their address and birth date.
    [InlineData("Dispute", "LawyerAddress", "string?", "Contact")]
    [InlineData("JJDispute", "DisputantBirthdate", "DateTimeOffset?", "Demographic")]
    [InlineData("JJDispute", "DisputeDate", "DateTimeOffset?", null)]
    // A qualified role held as text; typed as a model, or a team's owner, it is not a name.
    [InlineData("JJDispute", "EnforcementOfficer", "string", "Name")]
    [InlineData("Visit", "AssignedDoctor", "Doctor", null)]
    [InlineData("Dataset", "DataOwner", "string", null)]
    [InlineData("Resident", "Father", "string", "Name")]
    [InlineData("Resident", "Mother", "Person", null)]
    [InlineData("Donor", "DobSpouse", "DateTime?", "Demographic")]
    // Brazil's postal code, state and identity card on a person; a state of a workflow is not.
    [InlineData("Person", "CEP", "int?", "Contact")]
    [InlineData("CreateEndPersonViewModel", "UF", "string", "Location")]
    [InlineData("Person", "RG", "long?", "GovernmentId")]
    [InlineData("AzureSettings", "Rg", "string", null)]
    [InlineData("Workflow", "UF", "string", null)]
    [InlineData("CreateEndPersonViewModel", "AddressNumber", "string", "Contact")]
    // National ids and telecom identifiers.
    [InlineData("SalProfiling", "Bvn", "string", "GovernmentId")]
    [InlineData("Subscriber", "IMSI", "string", "UniqueId")]
    [InlineData("Subscriber", "Msisdn", "string", "Contact")]
    // A person's observations; a product's are not.
    [InlineData("Person", "Obs", "string?", "Content")]
    [InlineData("Product", "Obs", "string", null)]
    // Health insurance, sleep and body measurements; an insurer's product and a thread's sleep are not.
    [InlineData("Resident", "HealthInsurance", "string", "Health")]
    [InlineData("SleepSummary", "TotalMinutesAsleep", "int", "Health")]
    [InlineData("SleepSummary", "TotalTimeInBed", "int", "Health")]
    [InlineData("RetryOptions", "SleepMilliseconds", "int", null)]
    [InlineData("Product", "HealthInsuranceProvider", "string", null)]
    // A person's medication or prescription: note, dose, frequency; a drug catalogue's note is not.
    [InlineData("Medication", "Note", "string", "Health")]
    [InlineData("PrescriptionItem", "Frequency", "int", "Health")]
    [InlineData("Product", "Note", "string", null)]
    // A guest's note on a reservation; a supply order's is not.
    [InlineData("Reservation", "Note", "string", "Content")]
    [InlineData("SupplyOrder", "Note", "string", null)]
    // Driver's licence parts; its sequence number is not.
    [InlineData("Dispute", "DriversLicenceProvince", "string?", "GovernmentId")]
    [InlineData("Dispute", "DriversLicenceProvinceSeqNo", "int?", null)]
    // A person's offence record: plea, probation, jail term; a case's status is not.
    [InlineData("OffenseCount", "LatestPlea", "string", "Behavior")]
    [InlineData("OffenseCount", "ProbationConditions", "string", "Behavior")]
    [InlineData("OffenseCount", "JailDuration", "string", "Behavior")]
    [InlineData("OffenseCount", "Withdrawn", "string", null)]
    // The name of a form or page the caller came from is not a person's.
    [InlineData("LoginViewModel", "callerFormName", "string", null)]
    [InlineData("CallLog", "CallerName", "string", "Name")]
    // A member named after its own type, in the plural or qualified, is a model.
    [InlineData("ActivitySummary", "HeartRateZones", "List<HeartRateZone>", null)]
    [InlineData("IntradayActivitiesHeart", "CustomHeartRateZones", "List<HeartRateZone>", null)]
    [InlineData("Patient", "HeartRate", "int", "Health")]
    // Rules of the same round drawn from earlier sets' remaining misses, in general terms: special categories, a person's handle,
    // photos and account holder, couriers, citizens and players as people.
    [InlineData("Member", "SexualOrientation", "string", "Demographic")]
    [InlineData("Page", "Orientation", "string", null)]
    [InlineData("Attendee", "DietaryRequirements", "string", "Health")]
    [InlineData("Recipe", "DietaryTags", "List<DietaryTag>", null)]
    [InlineData("PolicyHolder", "IsSmoker", "bool", "Health")]
    [InlineData("Room", "SmokingAllowed", "bool", null)]
    [InlineData("Traveler", "FrequentFlyerNumber", "string", "UniqueId")]
    [InlineData("Airline", "FrequentFlyerProgram", "string", null)]
    [InlineData("Player", "Gamertag", "string", "Account")]
    [InlineData("Member", "Handle", "string", "Account")]
    [InlineData("Window", "Handle", "string", null)]
    [InlineData("Account", "AccountHolder", "string", "Name")]
    [InlineData("Account", "AccountHolder", "AccountHolder", null)]
    [InlineData("Member", "Photos", "List<string>", "Image")]
    [InlineData("Member", "Photos", "List<Photo>", null)]
    [InlineData("Product", "Photos", "List<string>", null)]
    [InlineData("Courier", "Name", "string", "Name")]
    [InlineData("Citizen", "Address", "string", "Contact")]
    [InlineData("CourierCompany", "Name", "string", null)]
    public void Rules_FromHeldOut12Errors_FlagAndLeaveAlone(string container, string member, string type, string? expected) =>
        Assert.Equal(expected, PiiNameClassifier.Classify(container, member, type)?.ToString());

    [Theory]
    [InlineData("customerEmailAddress", new[] { "customer", "email", "address" })]
    [InlineData("cust_email", new[] { "cust", "email" })]
    [InlineData("EMail", new[] { "email" })]
    [InlineData("RemoteIPAddress", new[] { "remote", "ip", "address" })]
    [InlineData("AddressLine1", new[] { "address", "line1" })]
    [InlineData("zip-code", new[] { "zip", "code" })]
    public void Words_SplitEveryNamingStyle(string name, string[] words) => Assert.Equal(words, PiiNameClassifier.Words(name));
}
