using Modernize.Loading.History;
using Modernize.Model.History;
using Modernize.Testing;

namespace Modernize.Loading.Tests.History;

public class GitHistoryReaderTests
{
    private static readonly DateTimeOffset Day1 = new(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reads_commits_newest_first_with_authors_dates_and_line_counts()
    {
        using var repo = new GitRepository();
        repo.Write("src/Order.cs", "a\nb\nc\n");
        var first = repo.Commit("Add order", "Alice", "alice@example.com", Day1);
        repo.Write("src/Order.cs", "a\nB\nc\nd\n");
        repo.Write("src/Invoice.cs", "x\n");
        var second = repo.Commit("Change order, add invoice", "Bob", "bob@example.com", Day1.AddDays(1).ToOffset(TimeSpan.FromHours(2)));

        var history = GitHistoryReader.Read(repo.Path, since: null);

        Assert.Equal(second, history.Head);
        Assert.Equal("main", history.Branch);
        Assert.Equal([second, first], history.Commits.Select(c => c.Sha));
        var latest = history.Commits[0];
        Assert.Equal(("Bob", "bob@example.com", "Change order, add invoice", 1), (latest.Author, latest.Email, latest.Subject, latest.Parents));
        Assert.Equal(Day1.AddDays(1), latest.Date);
        Assert.Equal(TimeSpan.FromHours(2), latest.Date.Offset);
        Assert.Equal([new FileChange("src/Invoice.cs", 1, 0), new FileChange("src/Order.cs", 2, 1)], latest.Files.OrderBy(f => f.Path, StringComparer.Ordinal));
        Assert.Equal([new FileChange("src/Order.cs", 3, 0)], history.Commits[1].Files);
        Assert.Equal(0, history.Commits[1].Parents);
        Assert.False(history.ChurnUnknown);
    }

    [Fact]
    public void Handles_binary_files_and_paths_with_spaces_tabs_and_unicode()
    {
        using var repo = new GitRepository();
        repo.Write("docs/Ünïcode name with spaces.cs", "one\ntwo\n");
        File.WriteAllBytes(Path.Combine(repo.Path, "logo.png"), [0, 1, 2, 0, 255]);
        repo.Write("odd\tname.cs", "x\n");
        repo.Commit("Odd files", date: Day1);

        var files = GitHistoryReader.Read(repo.Path, since: null).Commits.Single().Files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [new FileChange("docs/Ünïcode name with spaces.cs", 2, 0), new FileChange("logo.png", 0, 0), new FileChange("odd\tname.cs", 1, 0)],
            files);
    }

    [Fact]
    public void Keeps_only_changes_under_the_scanned_root_relative_to_it()
    {
        using var repo = new GitRepository();
        repo.Write("product/src/A.cs", "a\n");
        repo.Write("tools/build.sh", "b\n");
        repo.Commit("Both", date: Day1);
        repo.Write("tools/build.sh", "c\n");
        repo.Commit("Tools only", date: Day1.AddDays(1));

        var history = GitHistoryReader.Read(Path.Combine(repo.Path, "product"), since: null);

        var commit = Assert.Single(history.Commits);
        Assert.Equal("Both", commit.Subject);
        Assert.Equal([new FileChange("src/A.cs", 1, 0)], commit.Files);
    }

    [Fact]
    public void A_clone_missing_file_contents_still_gives_every_commit_and_file_without_line_counts()
    {
        using var repo = new GitRepository();
        repo.Write("src/Order.cs", "first\n");
        repo.Commit("Add order", date: Day1);
        var oldContent = repo.Git("rev-parse", "HEAD:src/Order.cs").Trim();
        repo.Write("src/Order.cs", "second\n");
        repo.Write("src/Invoice.cs", "x\n");
        repo.Commit("Change order, add invoice", date: Day1.AddDays(1));
        // What a partial or damaged clone looks like to git log --numstat: "unable to read <sha>".
        File.Delete(Path.Combine(repo.Path, ".git", "objects", oldContent[..2], oldContent[2..]));

        var history = GitHistoryReader.Read(repo.Path, since: null);

        Assert.True(history.ChurnUnknown);
        Assert.Equal(["Change order, add invoice", "Add order"], history.Commits.Select(c => c.Subject));
        Assert.Equal([new FileChange("src/Invoice.cs", 0, 0), new FileChange("src/Order.cs", 0, 0)], history.Commits[0].Files.OrderBy(f => f.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Window_leaves_out_older_commits()
    {
        using var repo = new GitRepository();
        repo.Write("A.cs", "1\n");
        repo.Commit("Old", date: Day1);
        repo.Write("A.cs", "2\n");
        repo.Commit("Recent", date: Day1.AddDays(100));

        var history = GitHistoryReader.Read(repo.Path, new Model.Configuration.HistorySettings(WindowDays: 30), now: Day1.AddDays(110));

        Assert.Equal(["Recent"], history.Commits.Select(c => c.Subject));
        Assert.Equal(Day1.AddDays(80), history.Since);
    }

    [Fact]
    public void Window_counts_back_from_the_head_commit_not_from_today()
    {
        using var repo = new GitRepository();
        var threeYearsAgo = DateTimeOffset.UtcNow.AddYears(-3);
        threeYearsAgo = new DateTimeOffset(threeYearsAgo.Year, threeYearsAgo.Month, threeYearsAgo.Day, 12, 0, 0, TimeSpan.Zero);
        repo.Write("A.cs", "1\n");
        repo.Commit("Too old", date: threeYearsAgo.AddDays(-400));
        repo.Write("A.cs", "2\n");
        repo.Commit("Last year of work", date: threeYearsAgo.AddDays(-100));
        repo.Write("A.cs", "3\n");
        repo.Commit("Archived", date: threeYearsAgo);

        var history = GitHistoryReader.Read(repo.Path, new Model.Configuration.HistorySettings(WindowDays: 365));

        Assert.Equal(["Archived", "Last year of work"], history.Commits.Select(c => c.Subject));
        Assert.Equal(threeYearsAgo, history.HeadDate);
        Assert.Equal(threeYearsAgo.AddDays(-365), history.Since);
    }

    [Fact]
    public void Merge_commits_have_two_parents_and_their_first_parent_diff()
    {
        using var repo = new GitRepository();
        repo.Write("A.cs", "1\n");
        repo.Commit("Base", date: Day1);
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write("B.cs", "b\n");
        repo.Commit("Feature", date: Day1.AddDays(1));
        repo.Git("checkout", "-q", "main");
        repo.Write("A.cs", "2\n");
        repo.Commit("Main", date: Day1.AddDays(2));
        repo.Git("-c", "user.name=M", "-c", "user.email=m@x", "merge", "-q", "--no-ff", "-m", "Merge feature", "feature");

        var history = GitHistoryReader.Read(repo.Path, since: null);

        var merge = Assert.Single(history.Commits, c => c.Subject == "Merge feature");
        Assert.Equal(2, merge.Parents);
        Assert.Equal(4, history.Commits.Count);

        // What the merge brought into main (the pull request), not main's own change to A.cs.
        Assert.Equal([new FileChange("B.cs", 1, 0)], merge.Files);
    }

    [Fact]
    public void Folder_outside_git_or_missing_gives_none()
    {
        using var folder = new TempDirectory();

        Assert.Same(GitHistory.None, GitHistoryReader.Read(folder.Path, since: null));
        Assert.Same(GitHistory.None, GitHistoryReader.Read(Path.Combine(folder.Path, "missing"), since: null));
    }

    [Fact]
    public void Repository_without_commits_has_no_head_and_no_commits()
    {
        using var repo = new GitRepository();

        var history = GitHistoryReader.Read(repo.Path, since: null);

        Assert.Null(history.Head);
        Assert.Empty(history.Commits);
    }
}
