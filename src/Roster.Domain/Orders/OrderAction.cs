namespace Roster.Domain.Orders;

/// <summary>What an order item does to its post (GLOSSARY.md).</summary>
public enum OrderAction
{
    /// <summary>任命 / 任: starts a tenure on the effective date.</summary>
    Appoint = 1,
    /// <summary>免去…职务: ends a tenure on the effective date (exclusive).</summary>
    Remove = 2,
    /// <summary>聘任: starts a contract tenure.</summary>
    Engage = 3,
    /// <summary>解聘: ends a contract tenure.</summary>
    Dismiss = 4,
    /// <summary>试用期满考核合格，正式任职 (转正): confirms the probation of the person's tenure in the post; neither starts nor ends one.</summary>
    ConfirmProbation = 5,
}

/// <summary>Properties of <see cref="OrderAction"/>.</summary>
public static class OrderActions
{
    /// <summary>True for actions that start a tenure (APPOINT, ENGAGE); false for those that end one.</summary>
    public static bool Starts(this OrderAction action) => action is OrderAction.Appoint or OrderAction.Engage;

    /// <summary>True for actions that end a tenure (REMOVE, DISMISS); CONFIRM_PROBATION neither starts nor ends one.</summary>
    public static bool Ends(this OrderAction action) => action is OrderAction.Remove or OrderAction.Dismiss;
}
