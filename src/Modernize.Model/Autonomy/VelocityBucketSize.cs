namespace Modernize.Model.Autonomy;

public enum VelocityBucketSize
{
    /// <summary>ISO weeks, starting on Monday (UTC).</summary>
    Week,

    /// <summary>Calendar months (UTC).</summary>
    Month,
}
