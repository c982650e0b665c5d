using System.Diagnostics;
using System.Globalization;
using Modernize.Analysis.History;
using Modernize.Analysis.Graphs;
using Modernize.Loading.History;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

// usage: dotnet run -c Release --project benchmarks/Modernize.History.Benchmarks -- <repository made by benchmarks/history/generate-repo.sh>
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Modernize.History.Benchmarks <repository>");
    return 2;
}

var clock = Stopwatch.StartNew();
var history = GitHistoryReader.Read(args[0], since: null);
var read = clock.Elapsed;
var changes = history.Commits.Sum(c => c.Files.Count);

clock.Restart();
var scope = ScopedGraph.Create(CodeGraph.Empty);
var result = HistoryAnalysis.Analyze(scope, history, new HistorySettings());
var analysed = clock.Elapsed;

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{history.Commits.Count} commits, {changes} file changes: read in {read.TotalSeconds:0.00} s, analysed in {analysed.TotalSeconds:0.00} s ({result.FileChanges.Count} files, {result.ChangeCoupling.Count} coupled pairs); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
return 0;
