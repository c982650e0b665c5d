using Modernize.Analysis.Findings;
using Modernize.Analysis.Tests.Architecture;
using Modernize.Loading.History;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;
using Modernize.Testing;

namespace Modernize.Analysis.Tests.History;

public class HistoryAnalysisTests
{
    private static readonly DateTimeOffset Day1 = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Order.cs and Invoice.cs change together in 3 of Order's 4 and Invoice's 3 revisions; Mail.cs changes alone.</summary>
    private static GitHistory ScriptedHistory(GitRepository repo)
    {
        var day = 0;
        void Commit(string author, params (string Path, string Content)[] files)
        {
            foreach (var (path, content) in files)
            {
                repo.Write(path, content);
            }

            repo.Commit("change " + day, author, author.ToLowerInvariant() + "@example.com", Day1.AddDays(day++));
        }

        Commit("Alice", ("src/Orders/Order.cs", "1\n2\n3\n"), ("src/Billing/Invoice.cs", "1\n"));
        Commit("Bob", ("src/Orders/Order.cs", "1\n2\nX\n"), ("src/Billing/Invoice.cs", "2\n"));
        Commit("Alice", ("src/Orders/Order.cs", "1\nY\nX\n"), ("src/Billing/Invoice.cs", "3\n4\n"));
        Commit("Carol", ("src/Orders/Order.cs", "Z\nY\nX\n"));
        Commit("Alice", ("src/Mail/Mail.cs", "m\n"));
        Commit("Alice", ("src/Mail/Mail.cs", "n\n"));
        Commit("Alice", ("src/Mail/Mail.cs", "o\n"), ("README.md", "not code\n"));
        return GitHistoryReader.Read(repo.Path, since: null);
    }

    private static CodeGraph Graph() =>
        new GraphBuilder()
            .Type("Shop.Orders.Order", complexity: 10, file: "src/Orders/Order.cs")
            .Type("Shop.Orders.OrderLine", complexity: 4, file: "src/Orders/Order.cs")
            .Type("Shop.Billing.Invoice", complexity: 2, file: "src/Billing/Invoice.cs")
            .Type("Shop.Mail.Mailer", complexity: 5, file: "src/Mail/Mail.cs")
            .Build();

    [Fact]
    public void Counts_revisions_churn_and_authors_per_file()
    {
        using var repo = new GitRepository();
        var result = ArchitectureAnalyzer.Analyze(Graph(), ScriptedHistory(repo), ModernizeConfig.Default);

        var stats = result.FileChanges.ToDictionary(f => f.Path);
        Assert.Equal(["src/Billing/Invoice.cs", "src/Mail/Mail.cs", "src/Orders/Order.cs"], stats.Keys.Order(StringComparer.Ordinal)); // README is not in the scan
        Assert.Equal((4, 3 + 2 + 2 + 2), (stats["src/Orders/Order.cs"].Revisions, stats["src/Orders/Order.cs"].Churn));
        Assert.Equal(["Alice", "Bob", "Carol"], stats["src/Orders/Order.cs"].Authors);
        Assert.Equal((3, 1 + 2 + 3), (stats["src/Billing/Invoice.cs"].Revisions, stats["src/Billing/Invoice.cs"].Churn));
        Assert.Equal(["Alice"], stats["src/Mail/Mail.cs"].Authors);
    }

    [Fact]
    public void Ranks_hotspots_by_revisions_times_complexity()
    {
        using var repo = new GitRepository();
        var result = ArchitectureAnalyzer.Analyze(Graph(), ScriptedHistory(repo), ModernizeConfig.Default);

        var files = result.Hotspots.Where(h => h.Level == PackageLevel.File).ToList();
        // Order.cs: 4 × (10 + 4) = 56; Mail.cs: 3 × 5 = 15; Invoice.cs: 3 × 2 = 6.
        Assert.Equal(["src/Orders/Order.cs", "src/Mail/Mail.cs", "src/Billing/Invoice.cs"], files.Select(h => h.Element));
        Assert.Equal([1.0, 15 / 56.0, 6 / 56.0], files.Select(h => Math.Round(h.Score, 6)), new ToleranceComparer());
        Assert.Equal((4, 14, 3), (files[0].Revisions, files[0].Complexity, files[0].Authors));

        var types = result.Hotspots.Where(h => h.Level == PackageLevel.Type).Select(h => h.Element).ToList();
        Assert.Equal(["Shop.Orders.Order", "Shop.Orders.OrderLine", "Shop.Mail.Mailer", "Shop.Billing.Invoice"], types);

        var hotspot = Assert.Single(result.Findings, f => f.RuleId == RuleIds.Hotspot);
        Assert.Equal(["src/Orders/Order.cs"], hotspot.Symbols);
    }

    [Fact]
    public void Change_coupling_degree_is_shared_revisions_over_average_revisions()
    {
        using var repo = new GitRepository();
        var result = ArchitectureAnalyzer.Analyze(Graph(), ScriptedHistory(repo), ModernizeConfig.Default);

        var files = Assert.Single(result.ChangeCoupling, c => c.Level == PackageLevel.File);
        Assert.Equal(("src/Billing/Invoice.cs", "src/Orders/Order.cs", 3, 3, 4), (files.A, files.B, files.SharedRevisions, files.RevisionsA, files.RevisionsB));
        Assert.Equal(3 / 3.5, files.Degree, 9);

        var types = result.ChangeCoupling.Where(c => c.Level == PackageLevel.Type).Select(c => (c.A, c.B, Math.Round(c.Degree, 6))).ToList();
        Assert.Contains(("Shop.Billing.Invoice", "Shop.Orders.Order", Math.Round(3 / 3.5, 6)), types);
        Assert.Contains(("Shop.Orders.Order", "Shop.Orders.OrderLine", 1.0), types);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.ChangeCoupling);
        Assert.Equal(["src/Billing/Invoice.cs", "src/Orders/Order.cs"], finding.Symbols);
    }

    [Fact]
    public void Coupling_settings_filter_pairs_and_large_commits()
    {
        using var repo = new GitRepository();
        var history = ScriptedHistory(repo);

        var strict = ArchitectureAnalyzer.Analyze(Graph(), history, ModernizeConfig.Default with { History = new HistorySettings(MinCouplingDegree: 0.9) });
        Assert.DoesNotContain(strict.ChangeCoupling, c => c.Level == PackageLevel.File);

        var fewShared = ArchitectureAnalyzer.Analyze(Graph(), history, ModernizeConfig.Default with { History = new HistorySettings(MinSharedRevisions: 4) });
        Assert.DoesNotContain(fewShared.ChangeCoupling, c => c.Level == PackageLevel.File);

        var manyRevisions = ArchitectureAnalyzer.Analyze(Graph(), history, ModernizeConfig.Default with { History = new HistorySettings(MinRevisions: 4) });
        Assert.DoesNotContain(manyRevisions.ChangeCoupling, c => c.Level == PackageLevel.File);

        // With at most one file per commit, the three shared commits no longer count: Order has 1 revision left, Invoice none.
        var smallCommits = ArchitectureAnalyzer.Analyze(Graph(), history, ModernizeConfig.Default with { History = new HistorySettings(MaxFilesPerCommit: 1, MinRevisions: 1, MinSharedRevisions: 1) });
        Assert.DoesNotContain(smallCommits.ChangeCoupling, c => c.Level == PackageLevel.File);
        var sameFile = Assert.Single(smallCommits.ChangeCoupling); // the two types of Order.cs, in its one single-file commit
        Assert.Equal(("Shop.Orders.Order", "Shop.Orders.OrderLine", 1), (sameFile.A, sameFile.B, sameFile.SharedRevisions));
        Assert.Equal(4, smallCommits.FileChanges.Single(f => f.Path == "src/Orders/Order.cs").Revisions);
    }

    [Fact]
    public void No_history_means_no_history_results()
    {
        var result = ArchitectureAnalyzer.Analyze(Graph(), GitHistory.None, ModernizeConfig.Default);

        Assert.Empty(result.FileChanges);
        Assert.Empty(result.Hotspots);
        Assert.Empty(result.ChangeCoupling);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }
}
