using Modernize.Analysis.Autonomy;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.History;

namespace Modernize.Analysis.Tests.Autonomy;

/// <summary>Autonomy figures over the scripted shop history of <see cref="ShopHistory"/>; the expected numbers are worked out there.</summary>
public sealed class AutonomyAnalyzerTests : IClassFixture<AutonomyAnalyzerTests.Repository>
{
    private readonly GitHistory history;

    public AutonomyAnalyzerTests(Repository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        history = repository.History;
    }

    private AutonomyResult Analyze(ModernizeConfig? config = null, CellsResult? proposal = null, DateTimeOffset? asOf = null) =>
        AutonomyAnalyzer.Analyze(history, ShopHistory.Graph(), config ?? ShopHistory.Config, proposal ?? ShopHistory.Proposal(), asOf ?? ShopHistory.AsOf)
        ?? throw new InvalidOperationException("no autonomy result");

    [Fact]
    public void Cross_cell_change_ratio_counts_commits_spanning_two_cells_with_tissue_apart()
    {
        var result = Analyze();

        Assert.Equal(90, result.WindowDays);
        Assert.Equal(ShopHistory.AsOf.AddDays(-90), result.From);
        var declared = result.Declared!;
        Assert.Equal(CellOrigin.Declared, declared.Origin);
        Assert.Equal((9, 2, 1), (declared.Commits, declared.CrossCellCommits, declared.TissueCommits));
        Assert.Equal(2 / 9.0, declared.CrossCellChangeRatio, 12);
        Assert.Equal(1 / 9.0, declared.TouchesTissueRatio, 12);
        Assert.Equal(1, declared.LargeCommitsSkipped);
        Assert.Equal([new UnmappedFile("README.md", 1)], declared.UnmappedFiles);
        Assert.Same(declared, result.Primary);
    }

    [Fact]
    public void Merge_commits_count_as_pull_requests_by_their_first_parent_diff()
    {
        var declared = Analyze().Declared!;

        Assert.Equal((2, 1), (declared.PullRequests, declared.CrossCellPullRequests));
        Assert.Equal(0.5, declared.CrossCellPullRequestRatio);
    }

    [Fact]
    public void Per_cell_ratio_and_the_cells_it_drags_along()
    {
        var declared = Analyze().Declared!;

        Assert.Equal(["Billing", "Catalog", "Ordering", "Platform"], declared.Cells.Select(c => c.Cell));
        var ordering = declared.Cell("Ordering")!;
        Assert.Equal((5, 2, 0, 24), (ordering.Commits, ordering.CrossCellCommits, ordering.TissueCommits, ordering.Churn)); // the .cshtml maps by project glob
        Assert.Equal(0.4, ordering.CrossCellRatio, 12);
        Assert.Equal([new DragAlong("Billing", CellKind.Cell, 1, 0.2), new DragAlong("Catalog", CellKind.Cell, 1, 0.2)], ordering.DragsAlong);

        var catalog = declared.Cell("Catalog")!;
        Assert.Equal((3, 1, 1, 8), (catalog.Commits, catalog.CrossCellCommits, catalog.TissueCommits, catalog.Churn));
        Assert.Equal(["Ordering", "Platform"], catalog.DragsAlong.Select(d => d.Cell));
        Assert.Equal(CellKind.Tissue, catalog.DragsAlong[1].Kind);

        var billing = declared.Cell("Billing")!;
        Assert.Equal((2, 1, 0.5), (billing.Commits, billing.CrossCellCommits, billing.CrossCellRatio));

        var platform = declared.Cell("Platform")!;
        Assert.Equal((CellKind.Tissue, 2, 0, 1, 3), (platform.Kind, platform.Commits, platform.CrossCellCommits, platform.TissueCommits, platform.Churn));
    }

    [Fact]
    public void Ownership_alignment_compares_the_owning_team_with_everyone_else()
    {
        var declared = Analyze().Declared!;

        var ordering = declared.Cell("Ordering")!;
        Assert.Equal("team-checkout", ordering.Owner);
        Assert.Equal(3 / 5.0, ordering.Ownership.CommitAlignment!.Value, 12);
        Assert.Equal(13 / 24.0, ordering.Ownership.ChurnAlignment!.Value, 12);
        Assert.Equal(
            [new TeamChange("team-checkout", 3, 13), new TeamChange(CellOwnership.UnknownTeam, 1, 6), new TeamChange("team-discovery", 1, 5)],
            ordering.Ownership.Teams);

        var catalog = declared.Cell("Catalog")!.Ownership;
        Assert.Equal((1.0, 1.0), (catalog.CommitAlignment, catalog.ChurnAlignment)); // bob's upper-case e-mail matches too
        var billing = declared.Cell("Billing")!.Ownership;
        Assert.Equal((0.5, 3 / 5.0), (billing.CommitAlignment, billing.ChurnAlignment));
        Assert.Null(declared.Cell("Platform")!.Ownership.CommitAlignment); // no owner

        // Owned cells: Ordering 3 of 5, Catalog 3 of 3, Billing 1 of 2.
        Assert.Equal(7 / 10.0, declared.OwnershipAlignment!.Value, 12);
    }

    [Fact]
    public void Without_teams_ownership_is_not_judged()
    {
        var config = ShopHistory.Config with { Teams = [] };

        var declared = Analyze(config).Declared!;

        Assert.Null(declared.OwnershipAlignment);
        var ordering = declared.Cell("Ordering")!;
        Assert.Null(ordering.Ownership.CommitAlignment);
        Assert.Equal([new TeamChange(CellOwnership.UnknownTeam, 5, 24)], ordering.Ownership.Teams);
    }

    [Fact]
    public void Velocity_buckets_span_the_whole_history_by_week()
    {
        var result = Analyze();

        Assert.Equal(VelocityBucketSize.Week, result.BucketSize); // 172 days of history
        var velocity = result.Declared!.Cell("Ordering")!.Velocity;
        Assert.Equal(25, velocity.Count); // Monday 2024-01-08 to Monday 2024-06-24
        Assert.Equal(new DateOnly(2024, 1, 8), velocity[0].Start);
        Assert.Equal(new VelocityBucket(new DateOnly(2024, 1, 8), 1, 1, 1), velocity[0]); // before the window, still charted
        Assert.Equal(new VelocityBucket(new DateOnly(2024, 4, 1), 2, 12, 1), velocity.Single(v => v.Start == new DateOnly(2024, 4, 1)));
        Assert.Equal(new VelocityBucket(new DateOnly(2024, 4, 8), 2, 11, 1), velocity.Single(v => v.Start == new DateOnly(2024, 4, 8)));
        Assert.Equal(0.5, velocity.Single(v => v.Start == new DateOnly(2024, 4, 8)).CrossCellRatio);
        Assert.Equal(6, velocity.Sum(v => v.Commits)); // the mass change is left out
        Assert.All(result.Declared.Cells, c => Assert.Equal(velocity.Select(v => v.Start), c.Velocity.Select(v => v.Start)));
    }

    [Fact]
    public void What_if_measures_the_proposal_the_same_way()
    {
        var result = Analyze();

        var proposed = result.Proposed!;
        Assert.Equal(CellOrigin.Proposed, proposed.Origin);
        Assert.Equal((9, 1), (proposed.Commits, proposed.CrossCellCommits)); // Ordering+Billing is one cell (Sales) now
        Assert.Equal(1 / 9.0, proposed.CrossCellChangeRatio, 12);
        Assert.Equal((2, 1), (proposed.PullRequests, proposed.CrossCellPullRequests));
        Assert.Equal(1, result.CrossCellCommitsSavedByProposal);
        var sales = proposed.Cell("Sales")!;
        Assert.Equal((6, 1), (sales.Commits, sales.CrossCellCommits)); // the .cshtml follows its project's majority cell
        Assert.Null(proposed.OwnershipAlignment); // proposed cells have no owners
    }

    [Fact]
    public void Without_a_product_map_the_proposal_is_primary()
    {
        var result = Analyze(ModernizeConfig.Default with { Teams = ShopHistory.Config.Teams });

        Assert.Null(result.Declared);
        Assert.Same(result.Proposed, result.Primary);
        Assert.Null(result.CrossCellCommitsSavedByProposal);
    }

    [Fact]
    public void The_window_ends_at_the_scan_and_reaches_back_its_length()
    {
        var config = ShopHistory.Config with { Thresholds = ShopHistory.Config.Thresholds with { CrossCellChangeWindowDays = 30 } };

        // 2024-03-17 to 2024-04-16: commits 1-7, none of the pull requests.
        var declared = Analyze(config, asOf: new DateTimeOffset(2024, 4, 16, 0, 0, 0, TimeSpan.Zero)).Declared!;

        Assert.Equal((6, 2), (declared.Commits, declared.CrossCellCommits));
        Assert.Equal((0, (double?)null), (declared.PullRequests, declared.CrossCellPullRequestRatio));
        Assert.Equal(0, declared.LargeCommitsSkipped);
    }

    [Fact]
    public void No_history_or_nothing_to_map_gives_no_result()
    {
        Assert.Null(AutonomyAnalyzer.Analyze(GitHistory.None, ShopHistory.Graph(), ShopHistory.Config, null, ShopHistory.AsOf));
        Assert.Null(AutonomyAnalyzer.Analyze(history, ShopHistory.Graph(), ModernizeConfig.Default, CellsResult.Empty, ShopHistory.AsOf));
    }

    [Fact]
    public void Merges_carry_their_pull_request_but_do_not_count_twice_as_revisions()
    {
        var merges = history.Commits.Where(c => c.Parents == 2).ToList();
        Assert.Equal(2, merges.Count);
        Assert.Equal([ShopHistory.Invoice, ShopHistory.Product], merges.Single(m => m.Subject.Contains("#1", StringComparison.Ordinal)).Files.Select(f => f.Path).Order(StringComparer.Ordinal));

        var analysis = ArchitectureAnalyzer.Analyze(ShopHistory.Graph(), history, ShopHistory.Config);

        // Product.cs: January, commits 3, 4 and 8a, and the mass change; not the merge of pull request 1.
        Assert.Equal(5, analysis.FileChanges.Single(f => f.Path == ShopHistory.Product).Revisions);
    }

    /// <summary>One scripted repository for the class: git commits are the slow part.</summary>
    public sealed class Repository : IDisposable
    {
        private readonly ShopHistory shop = new();

        public Repository() => History = shop.Read();

        public GitHistory History { get; }

        public void Dispose() => shop.Dispose();
    }
}
