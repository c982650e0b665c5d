namespace Modernize.Analysis.Findings;

/// <summary>The stable rule ids of architecture findings; they key baselines, SARIF results and scan diffs.</summary>
public static class RuleIds
{
    public const string NamespaceCycle = "cycle/namespace";
    public const string TypeCycle = "cycle/type";
    public const string HubLike = "smell/hub-like";
    public const string UnstableDependency = "smell/unstable-dependency";
    public const string GodClass = "smell/god-class";
    public const string GodComponent = "smell/god-component";
    public const string DenseStructure = "smell/dense-structure";
    public const string ClassCoupling = "threshold/class-coupling";
    public const string CyclomaticComplexity = "threshold/cyclomatic-complexity";
    public const string Distance = "threshold/distance";
    public const string Hotspot = "history/hotspot";
    public const string ChangeCoupling = "history/change-coupling";

    /// <summary>Legacy blockers are <c>legacy/&lt;blocker id&gt;</c>.</summary>
    public static string Legacy(string blockerId) => "legacy/" + blockerId;
}
